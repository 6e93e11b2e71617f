using System.Net;
using Microsoft.Extensions.Options;

namespace MotCua.Handler.Hosting;

/// <summary>
/// The citizen's address, as <see cref="ForwardingOptions"/> says to take it: the configured header's address when
/// it holds one, else the connection's remote address (the peer the Functions host saw). IPv4-mapped IPv6
/// addresses become IPv4, so a phone is one visitor whichever way its address arrives.
/// </summary>
public sealed class ClientAddressResolver(IOptions<ForwardingOptions> options)
{
    private readonly string? _header = string.IsNullOrWhiteSpace(options.Value.ClientAddressHeader) ? null : options.Value.ClientAddressHeader.Trim();

    public IPAddress? Resolve(HttpContext context) =>
        Resolve(context.Connection.RemoteIpAddress, context.Request.Headers);

    public IPAddress? Resolve(IPAddress? peer, IHeaderDictionary headers)
    {
        if (_header is not null && headers[_header] is { Count: 1 } values && Parse(values[0]) is { } client)
        {
            return client;
        }

        return Normalise(peer);
    }

    private static IPAddress? Parse(string? text)
    {
        text = text?.Trim();
        if (IPAddress.TryParse(text, out var address) || (IPEndPoint.TryParse(text ?? "", out var endPoint) && (address = endPoint.Address) is not null))
        {
            return Normalise(address);
        }

        return null;
    }

    private static IPAddress? Normalise(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
}
