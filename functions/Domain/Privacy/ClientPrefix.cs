using System.Net;
using System.Net.Sockets;

namespace MotCua.Domain.Privacy;

/// <summary>
/// Reduces a client address to its network: IPv4 /24 or IPv6 /64. Mobile carriers give a phone a
/// whole IPv6 /64, so the full address would split one phone into many visitors.
/// </summary>
public static class ClientPrefix
{
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "-";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24";
        }

        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
