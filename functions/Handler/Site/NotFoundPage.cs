using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Handler.Site;

/// <summary>The Vietnamese 404 page: the published one, or a built-in copy when storage cannot be read.</summary>
public static class NotFoundPage
{
    private const string Style = "body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}";

    private static readonly string Fallback = $"""
        <!doctype html><html lang="vi"><meta charset="utf-8">{ContentPolicy.Meta([], [Style])}<meta name="viewport" content="width=device-width,initial-scale=1">
        <title>Không tìm thấy trang</title><style>{Style}</style><body>
        <h1>Không tìm thấy trang</h1><p>Mã QR hoặc đường dẫn này không có trong hệ thống.</p>
        <p><a href="/">Về trang chủ</a></p></body></html>
        """;

    public static async Task WriteAsync(HttpContext context, WebContent web, string? homePath = null)
    {
        var file = await web.GetAsync(SitePaths.BlobName(SitePaths.NotFound), context.RequestAborted);
        if (file is not null && homePath is null)
        {
            await file.WriteToAsync(context, StatusCodes.Status404NotFound, "no-store");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        var html = homePath is null ? Fallback : Fallback.Replace("href=\"/\"", $"href=\"{System.Net.WebUtility.HtmlEncode(homePath)}\"", StringComparison.Ordinal);
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(html, context.RequestAborted);
        }
    }
}
