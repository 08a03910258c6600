using System.Net;
using System.Net.Sockets;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Which addresses a fetch must not reach unless private addresses are allowed: the machine itself and the
/// networks behind it (RFC 1918, RFC 6598 CGNAT, link-local, RFC 4193 unique-local), unspecified, multicast
/// and broadcast — a URL from a feed must not become a probe of the local network (SSRF). IPv6 forms that
/// carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the address they carry.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Why the address is refused, or null when it is public.</summary>
    public static string? RefusalReason(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } v4) address = v4;
        if (IPAddress.IsLoopback(address)) return "loopback";
        if (address.AddressFamily == AddressFamily.InterNetwork) return IPv4Reason(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "not an IP address";
        if (address.Equals(IPAddress.IPv6Any)) return "unspecified";
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal) return "link-local";
        if (address.IsIPv6Multicast) return "multicast";
        if (address.IsIPv6UniqueLocal) return "unique-local";
        return null;
    }

    private static string? IPv4Reason(byte[] b) => b switch
    {
        [0, ..] => "unspecified",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        [100, >= 64 and <= 127, ..] => "carrier-grade NAT",
        [169, 254, ..] => "link-local",
        [127, ..] => "loopback",
        [>= 224 and <= 239, ..] => "multicast",
        [255, 255, 255, 255] => "broadcast",
        _ => null,
    };

    /// <summary>The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress v6)
    {
        if (v6.IsIPv4MappedToIPv6) return v6.MapToIPv4();
        var b = v6.GetAddressBytes();
        bool zeroPrefix = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        // "::" and "::1" are IPv6's own unspecified and loopback addresses, not IPv4-compatible ones.
        if (zeroPrefix && (b[12] | b[13]) != 0) return new IPAddress(b.AsSpan(12, 4));
        if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..]) return new IPAddress(b.AsSpan(12, 4));
        if (b is [0x20, 0x02, ..]) return new IPAddress(b.AsSpan(2, 4));
        return null;
    }
}
