using MotCua.Domain.Sheets;
using MotCua.Handler.Site;

namespace MotCua.LocalHost;

/// <summary>
/// Serves the <c>$web</c> files locally: the storage emulator does not serve static websites, and
/// <c>./run.sh</c> should show the real site. Production serves them from the static website endpoint
/// behind the CDN; the Functions app has no such route.
/// </summary>
public static class StaticSiteEndpoints
{
    public static void MapStaticSite(this WebApplication app)
    {
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], ServeHomeAsync);
        app.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).WithOrder(int.MaxValue);
    }

    private static async Task ServeHomeAsync(HttpContext context, WebContent web)
    {
        var home = await web.GetAsync(SitePaths.BlobName(SitePaths.Root), context.RequestAborted);
        if (home is null)
        {
            // Nothing published yet (or storage unreachable): still a 200, so run.sh sees the runner is up.
            await Results.Text("ok", "text/plain").ExecuteAsync(context);
            return;
        }

        await home.WriteToAsync(context);
    }

    private static async Task ServeAsync(HttpContext context, WebContent web, string? path)
    {
        var blobName = ToBlobName(path);
        var file = blobName is null ? null : await web.GetAsync(blobName, context.RequestAborted);
        if (file is null && blobName is not null && !Path.HasExtension(blobName))
        {
            // "/unit/field" without the trailing slash: the folder's index, as the static website does.
            file = await web.GetAsync(blobName + "/index.html", context.RequestAborted);
        }

        if (file is not null)
        {
            await file.WriteToAsync(context);
            return;
        }

        await NotFoundPage.WriteAsync(context, web);
    }

    /// <summary>The blob for a request path, or null for a path that could escape the container.</summary>
    internal static string? ToBlobName(string? path)
    {
        var sitePath = "/" + (path ?? string.Empty);
        if (sitePath.Contains("..", StringComparison.Ordinal) || sitePath.Contains('\\', StringComparison.Ordinal) || sitePath.Contains("//", StringComparison.Ordinal))
        {
            return null;
        }

        return SitePaths.BlobName(sitePath);
    }
}
