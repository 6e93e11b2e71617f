using Microsoft.Extensions.Options;
using MotCua.Handler.Site;

namespace MotCua.Handler.Survey;

/// <summary>
/// Whether a survey post came from another website's page, which can make its visitors' browsers post answers in
/// their name. Browsers say so themselves: <c>Sec-Fetch-Site: cross-site</c>, or, from browsers without fetch
/// metadata, an <c>Origin</c> that is neither this request's host nor the public site's (<c>null</c> included: a
/// sandboxed frame or a data: page). A request with neither header is not a browser acting for a page: scripts and
/// tools can post anything anyway, which the rate limit is for. Such a post is stored, flagged, and left out of the
/// statistics, so nothing a citizen sent is lost and nothing forged is counted.
/// </summary>
public sealed class CrossSitePost(IOptions<SiteOptions> site)
{
    public const string FetchSiteHeader = "Sec-Fetch-Site";

    private readonly string _publicHost = site.Value.Host.Split(':')[0];

    public bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers[FetchSiteHeader].ToString();
        if (fetchSite.Length > 0)
        {
            return string.Equals(fetchSite, "cross-site", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !(string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
                 || string.Equals(uri.Host, _publicHost, StringComparison.OrdinalIgnoreCase));
    }
}
