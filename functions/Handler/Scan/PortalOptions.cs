using Microsoft.Extensions.Options;

namespace MotCua.Handler.Scan;

/// <summary>
/// Where <c>GET /go/{code}</c> may send a citizen (section <c>Portal</c>): https, to these hosts only. A sheet's
/// <c>online_url</c> is checked by the publisher too, but the redirect is ours at run time, and an open redirect on a
/// government host is a phishing tool.
/// </summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The national public service portal, where every sheet's link points today.</summary>
    public static readonly IReadOnlyList<string> DefaultHosts = ["dichvucong.gov.vn"];

    /// <summary>Host names a portal click may lead to, exactly (no subdomains unless listed); empty means <see cref="DefaultHosts"/>.</summary>
    public IList<string> Hosts { get; } = [];

    /// <summary>Whether <paramref name="url"/> is an https address on one of the hosts.</summary>
    public bool Allows(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo) || !uri.IsDefaultPort)
        {
            return false;
        }

        var hosts = Hosts.Count == 0 ? DefaultHosts : [.. Hosts];
        return hosts.Any(h => string.Equals(h.Trim(), uri.IdnHost, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>Refuses a host list with something that is not a bare host name.</summary>
internal sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var bad = options.Hosts.Where(h => Uri.CheckHostName(h.Trim()) is not (UriHostNameType.Dns)).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PortalOptions.Section}:Hosts must be host names such as dichvucong.gov.vn, not: {string.Join(", ", bad)}");
    }
}
