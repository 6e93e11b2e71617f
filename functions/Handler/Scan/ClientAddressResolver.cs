using System.Net;
using Microsoft.Extensions.Options;

namespace MotCua.Handler.Scan;

/// <summary>
/// The client's address: the connection's peer, unless that peer is a configured trusted proxy, in
/// which case the forwarding header is read from the right (nearest hop) and the first address that
/// is not itself a trusted proxy is the client. Hops a client wrote itself sit further left and are
/// never reached past an untrusted one.
/// </summary>
public sealed class ClientAddressResolver(IOptions<ForwardingOptions> options)
{
    private readonly IReadOnlyList<IPNetwork> _trusted = options.Value.Networks();
    private readonly string _header = options.Value.Header;

    public IPAddress? Resolve(HttpContext context) =>
        Resolve(context.Connection.RemoteIpAddress, context.Request.Headers);

    public IPAddress? Resolve(IPAddress? peer, IHeaderDictionary headers)
    {
        var client = Normalise(peer);
        if (client is null || !IsTrusted(client))
        {
            return client;
        }

        var hops = headers[_header].SelectMany(v => (v ?? string.Empty).Split(',')).ToArray();
        for (var i = hops.Length - 1; i >= 0; i--)
        {
            var hop = ParseHop(hops[i]);
            if (hop is null)
            {
                // "unknown" or garbage: nothing to the left of it can be trusted.
                break;
            }

            client = hop;
            if (!IsTrusted(hop))
            {
                break;
            }
        }

        return client;
    }

    private bool IsTrusted(IPAddress address)
    {
        foreach (var network in _trusted)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    private static IPAddress? ParseHop(string text)
    {
        text = text.Trim();
        if (IPAddress.TryParse(text, out var address) || (IPEndPoint.TryParse(text, out var endPoint) && (address = endPoint.Address) is not null))
        {
            return Normalise(address);
        }

        return null;
    }

    private static IPAddress? Normalise(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
}
