using System.Text.RegularExpressions;
using MotCua.Domain.Scans;
using MotCua.Domain.Sheets;
using MotCua.Handler.Site;

namespace MotCua.Handler.Scan;

/// <summary>
/// <c>GET /s/{code}</c>: a QR scan, answered with the page itself (or a same-origin 302) and recorded
/// once; <c>GET /go/{code}</c>: a click on a sheet's online-filing link, recorded and redirected.
/// Neither answer may be cached anywhere, or repeated scans would go uncounted.
/// </summary>
public static partial class ScanEndpoints
{
    /// <summary>Printed codes are a few characters; anything longer is not one of ours.</summary>
    public const int MaxCodeLength = 32;

    /// <summary>The page answered for a scan: revalidated on every scan (a 304 costs a few bytes), so every scan reaches us.</summary>
    public const string PageCacheControl = "private, no-cache";

    /// <summary>Redirects are never stored: a cached redirect is a scan not counted.</summary>
    public const string RedirectCacheControl = "no-store";

    public static IEndpointRouteBuilder MapScanEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/s/{code}", [HttpMethods.Get, HttpMethods.Head], ScanAsync);
        app.MapMethods("/go/{code}", [HttpMethods.Get, HttpMethods.Head], PortalClickAsync);
        return app;
    }

    private static async Task ScanAsync(HttpContext context, string code, ScanServicesBundle scan, WebContent web)
    {
        var entry = IsCode(code) ? await scan.Codes.FindAsync(code, context.RequestAborted) : null;
        if (entry is null)
        {
            await NotFoundPage.WriteAsync(context, web);
            return;
        }

        // The write and the page fetch run together; the citizen never waits past the write budget.
        var recording = scan.Recorder.RecordAsync(scan.Factory.Create(entry, ScanEvent.Scan, RequestOf(context, scan.Addresses)));
        var page = scan.Options.Answer == ScanAnswer.Page
            ? await web.GetAsync(SitePaths.BlobName(entry.Path), context.RequestAborted)
            : null;
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        if (page is null)
        {
            // Redirect mode, or the page could not be read: the static site on the same origin serves it.
            Redirect(context, entry.Path);
        }
        else
        {
            await page.WriteToAsync(context, StatusCodes.Status200OK, PageCacheControl);
        }

        await recording;
    }

    private static async Task PortalClickAsync(HttpContext context, string code, ScanServicesBundle scan, WebContent web)
    {
        var entry = IsCode(code) ? await scan.Codes.FindAsync(code, context.RequestAborted) : null;
        if (entry is null || !IsWebAddress(entry.OnlineUrl))
        {
            await NotFoundPage.WriteAsync(context, web, entry is null ? null : SitePaths.UnitHome(entry.Unit));
            return;
        }

        var recording = scan.Recorder.RecordAsync(scan.Factory.Create(entry, ScanEvent.Portal, RequestOf(context, scan.Addresses)));
        Redirect(context, entry.OnlineUrl!);
        await recording;
    }

    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = RedirectCacheControl;
    }

    private static ScanRequest RequestOf(HttpContext context, ClientAddressResolver addresses)
    {
        var request = context.Request;
        return new ScanRequest(addresses.Resolve(context), request.Headers.UserAgent.ToString(), request.Headers.Referer.ToString(), HttpMethods.IsHead(request.Method));
    }

    private static bool IsCode(string code) => code.Length <= MaxCodeLength && CodeCharacters().IsMatch(code);

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex CodeCharacters();
}
