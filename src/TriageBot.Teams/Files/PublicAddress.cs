using System.Net;
using System.Net.Sockets;

namespace TriageBot.Teams.Files;

/// <summary>Addresses a download may connect to: public unicast only. Loopback, private (RFC 1918, unique
/// local), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, documentation, multicast and
/// reserved ranges are refused, also when wrapped in IPv6 (mapped, NAT64, 6to4).</summary>
public static class PublicAddress
{
    private static readonly IPNetwork[] NonPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.88.99.0/24"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"), IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/96"), IPNetwork.Parse("100::/64"), IPNetwork.Parse("2001:db8::/32"), IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("fec0::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            // The IPv4 address inside decides where the packet really goes.
            if (Nat64.Contains(address)) return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
            if (SixToFour.Contains(address)) return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
            if (IPAddress.IsLoopback(address)) return false;
        }
        else if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }
        return !NonPublic.Any(n => n.BaseAddress.AddressFamily == address.AddressFamily && n.Contains(address));
    }
}
