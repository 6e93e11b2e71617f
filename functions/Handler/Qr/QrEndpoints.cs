using Microsoft.Net.Http.Headers;
using MotCua.Domain.Qr;
using MotCua.Handler.Site;

namespace MotCua.Handler.Qr;

/// <summary><c>GET /api/qr/{CODE}.svg|.png</c>: the QR image of a published code, cacheable forever.</summary>
public static class QrEndpoints
{
    public const string Route = "/api/qr/{file}";
    private const string ImmutableCache = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapQrEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetImageAsync);
        return app;
    }

    private static async Task<IResult> GetImageAsync(
        string file,
        string? ecc,
        string? size,
        HttpContext context,
        CodeDirectory codes,
        QrImageRenderer renderer,
        QrHost host,
        CancellationToken cancellationToken)
    {
        var request = QrImageRequest.Parse(file, ecc, size, out var problem);
        if (request is null)
        {
            return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var entry = request.IsWellFormedCode ? await codes.FindAsync(request.Code, cancellationToken) : null;
        if (entry is null)
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text($"Không có mã '{request.Code}'.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var url = QrUrl.For(host.Name, entry.Code);
        var etag = QrImageRenderer.ETagFor(url, request);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = ImmutableCache;
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var image = renderer.Render(url, request);
        return Results.Bytes(image.Content, image.ContentType);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
