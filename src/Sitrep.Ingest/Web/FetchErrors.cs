using System.Net.Http;
using System.Net.Sockets;

namespace Sitrep.Ingest.Web;

/// <summary>Short, stable reasons for fetch failures, worded for the person who named the URL.</summary>
internal static class FetchErrors
{
    public static bool IsFetchError(Exception ex) =>
        ex is HttpRequestException or IOException or TimeoutException or ResponseTooLargeException or SocketException or InvalidDataException;

    public static bool IsRefusal(Exception ex) => Find<AddressRefusedException>(ex) is not null;

    public static string Describe(Exception ex)
    {
        if (Find<AddressRefusedException>(ex) is { } refused) return refused.Message;
        if (ex is TimeoutException or ResponseTooLargeException) return ex.Message;
        if (Find<InvalidDataException>(ex) is not null) return "invalid compressed body";
        if (Find<SocketException>(ex) is { } socket)
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
                SocketError.TimedOut => "connection timed out",
                SocketError.ConnectionReset => "connection reset",
                _ => $"connection failed ({socket.SocketErrorCode})",
            };
        if (ex is HttpRequestException http)
            return http.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "host not found",
                HttpRequestError.ConnectionError => "connection failed",
                HttpRequestError.ResponseEnded => "connection closed before the response ended",
                HttpRequestError.SecureConnectionError => "TLS handshake failed",
                HttpRequestError.InvalidResponse => "invalid HTTP response",
                _ => http.Message,
            };
        return $"connection broken ({ex.Message})";
    }

    private static T? Find<T>(Exception ex) where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }
}
