using System.Net;
using System.Net.Sockets;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Opens the TCP connections of <see cref="WebFetcher"/> (SocketsHttpHandler.ConnectCallback): resolves the host
/// itself and connects only to addresses <see cref="AddressPolicy"/> accepts, then checks the address actually
/// connected. Checking here rather than the URL's name closes the DNS-rebinding gap: what is checked is what is used.
/// </summary>
internal sealed class GuardedConnector(bool allowPrivate)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, ct).ConfigureAwait(false);
        var allowed = allowPrivate ? addresses : addresses.Where(a => AddressPolicy.RefusalReason(a) is null).ToArray();
        if (allowed.Length == 0)
        {
            var first = addresses.FirstOrDefault();
            throw new AddressRefusedException(first is null
                ? "host has no address"
                : Refusal(first, AddressPolicy.RefusalReason(first)!));
        }
        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), ct).ConfigureAwait(false);
                if (!allowPrivate && socket.RemoteEndPoint is IPEndPoint connected && AddressPolicy.RefusalReason(connected.Address) is { } reason)
                    throw new AddressRefusedException(Refusal(connected.Address, reason));
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    private static string Refusal(IPAddress address, string reason) =>
        $"private address refused: {address} is {reason} (--allow-private permits it)";
}
