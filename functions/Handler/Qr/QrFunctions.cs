using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using MotCua.Domain.Qr;
using MotCua.Handler.Hosting;
using MotCua.Handler.Site;

namespace MotCua.Handler.Qr;

/// <summary><c>GET /api/qr/{CODE}.svg|.png</c>: the QR image of a published code, cacheable forever.</summary>
public sealed class QrFunctions(CodeDirectory codes, QrImageRenderer renderer, QrHost host)
{
    private const string ImmutableCache = "public, max-age=31536000, immutable";
    private const string PlainText = "text/plain; charset=utf-8";

    [Function("QrImage")]
    public async Task<IActionResult> GetImageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/qr/{file}")] HttpRequest request, string file)
    {
        var asked = QrImageRequest.Parse(file, request.Query["ecc"], request.Query["size"], out var problem);
        if (asked is null)
        {
            return HttpAnswer.From(Results.Text(problem, PlainText, statusCode: StatusCodes.Status400BadRequest));
        }

        var response = request.HttpContext.Response;
        var entry = asked.IsWellFormedCode ? await codes.FindAsync(asked.Code, request.HttpContext.RequestAborted) : null;
        if (entry is null)
        {
            response.Headers.CacheControl = "no-cache";
            return HttpAnswer.From(Results.Text($"Không có mã '{asked.Code}'.", PlainText, statusCode: StatusCodes.Status404NotFound));
        }

        var url = QrUrl.For(host.Name, entry.Code);
        var etag = QrImageRenderer.ETagFor(url, asked);
        response.Headers.ETag = etag;
        response.Headers.CacheControl = ImmutableCache;
        if (Matches(request.Headers.IfNoneMatch, etag))
        {
            return HttpAnswer.From(Results.StatusCode(StatusCodes.Status304NotModified));
        }

        var image = renderer.Render(url, asked);
        return HttpAnswer.From(Results.Bytes(image.Content, image.ContentType));
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
