using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using MotCua.Domain.Scans;
using MotCua.Domain.Sheets;
using MotCua.Handler.Hosting;
using MotCua.Handler.Site;

namespace MotCua.Handler.Scan;

/// <summary>
/// <c>GET /s/{code}</c>: a QR scan, answered with the page itself (or a same-origin 302) and recorded
/// once; <c>GET /go/{code}</c>: a click on a sheet's online-filing link, recorded and redirected, to an https
/// portal host of <see cref="PortalOptions"/> only.
/// Neither answer may be cached anywhere, or repeated scans would go uncounted.
/// </summary>
public sealed partial class ScanFunctions(ScanServicesBundle scan, WebContent web, IOptions<PortalOptions> portal)
{
    /// <summary>Printed codes are a few characters; anything longer is not one of ours.</summary>
    public const int MaxCodeLength = 32;

    /// <summary>The page answered for a scan: revalidated on every scan (a 304 costs a few bytes), so every scan reaches us.</summary>
    public const string PageCacheControl = "private, no-cache";

    [Function("Scan")]
    public async Task<IActionResult> ScanAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "s/{code}")] HttpRequest request, string code)
    {
        var aborted = request.HttpContext.RequestAborted;
        var entry = IsCode(code) ? await scan.Codes.FindAsync(code, aborted) : null;
        if (entry is null)
        {
            return new NotFoundAnswer(web);
        }

        // Buffered in memory and written in a batch later: the citizen never waits for storage.
        scan.Recorder.Record(scan.Factory.Create(entry, ScanEvent.Scan, RequestOf(request, scan.Addresses)));
        var page = scan.Options.Answer == ScanAnswer.Page
            ? await web.GetAsync(SitePaths.BlobName(entry.Path), aborted)
            : null;

        // Redirect mode, or the page could not be read: the static site on the same origin serves it.
        HttpAnswer answer = page is null
            ? new NoStoreRedirect(StatusCodes.Status302Found, entry.Path)
            : new WebFileAnswer(page, StatusCodes.Status200OK, PageCacheControl);
        return new NoIndexAnswer(answer);
    }

    [Function("PortalClick")]
    public async Task<IActionResult> PortalClickAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "go/{code}")] HttpRequest request, string code)
    {
        var entry = IsCode(code) ? await scan.Codes.FindAsync(code, request.HttpContext.RequestAborted) : null;
        if (entry is null || !portal.Value.Allows(entry.OnlineUrl))
        {
            return new NotFoundAnswer(web, entry is null ? null : SitePaths.UnitHome(entry.Unit));
        }

        scan.Recorder.Record(scan.Factory.Create(entry, ScanEvent.Portal, RequestOf(request, scan.Addresses)));
        return new NoStoreRedirect(StatusCodes.Status302Found, entry.OnlineUrl!);
    }

    private static ScanRequest RequestOf(HttpRequest request, ClientAddressResolver addresses) =>
        new(addresses.Resolve(request.HttpContext), request.Headers.UserAgent.ToString(), request.Headers.Referer.ToString(), HttpMethods.IsHead(request.Method));

    private static bool IsCode(string code) => code.Length <= MaxCodeLength && CodeCharacters().IsMatch(code);

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex CodeCharacters();

    /// <summary>A scan's answer, kept out of search indexes: a scan URL is a counter, not a page of its own.</summary>
    private sealed class NoIndexAnswer(HttpAnswer answer) : HttpAnswer
    {
        public override Task WriteAsync(HttpContext context)
        {
            context.Response.Headers["X-Robots-Tag"] = "noindex";
            return answer.WriteAsync(context);
        }
    }
}
