using MotCua.Domain.Pages;
using Microsoft.Net.Http.Headers;

namespace MotCua.Handler.Site;

/// <summary>A file of the <c>$web</c> container as stored: usually gzip bytes with their type and caching headers.</summary>
public sealed record WebFile(string BlobName, byte[] Bytes, string ContentType, string? ContentEncoding, string? CacheControl, string ETag)
{
    public bool IsGzip => string.Equals(ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes the file as the static website would: stored bytes and headers, 304 for a matching
    /// If-None-Match. A client that does not accept gzip gets the bytes decompressed.
    /// </summary>
    public async Task WriteToAsync(HttpContext context, int statusCode = StatusCodes.Status200OK, string? cacheControl = null)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = cacheControl ?? CacheControl ?? "no-cache";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (statusCode == StatusCodes.Status200OK)
        {
            response.Headers.ETag = ETag;
            if (request.Headers.IfNoneMatch.Contains(ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        var sendGzip = IsGzip && AcceptsGzip(request);
        var body = IsGzip && !sendGzip ? Gzip.Decompress(Bytes) : Bytes;
        if (sendGzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(v => v is not null && v.Contains("gzip", StringComparison.OrdinalIgnoreCase));

    /// <summary>The bytes as text, decompressed if stored as gzip.</summary>
    public string ReadText() => System.Text.Encoding.UTF8.GetString(IsGzip ? Gzip.Decompress(Bytes) : Bytes);
}
