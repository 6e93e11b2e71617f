using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http.Features;
using MotCua.Data;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.HostStandIn.Website;

/// <summary>
/// The storage account's static website endpoint, which the emulator does not have: a <c>$web</c> blob with the
/// properties it was uploaded with (type, encoding, caching; no negotiation, gzip bytes go to every client), the
/// index document for a folder, and the 404 document with status 404 for anything else. Each answer carries the
/// security headers Front Door's rule set adds in production (<see cref="SecurityHeaders"/>): the static website cannot
/// set headers itself. Function answers are left as the app sent them, so tests see the app's own.
/// </summary>
internal sealed class StaticWebsite(BlobContainerClient container)
{
    public static StaticWebsite Create(StandInOptions options) =>
        new(new BlobServiceClient(options.StorageConnectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(options.WebContainer));

    public async Task ServeAsync(HttpContext context)
    {
        foreach (var (header, value) in SecurityHeaders.Headers)
        {
            context.Response.Headers[header] = value;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        // The target as sent: Kestrel's Request.Path is decoded with its dot segments resolved, so no traversal would show.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        foreach (var name in StaticWebsitePaths.Candidates(target))
        {
            if (await DownloadAsync(name, context.RequestAborted) is { } found)
            {
                await WriteAsync(context, found, StatusCodes.Status200OK);
                return;
            }
        }

        var notFound = await DownloadAsync(StaticWebsitePaths.NotFoundDocument, context.RequestAborted);
        if (notFound is not null)
        {
            await WriteAsync(context, notFound, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("The requested content does not exist.", context.RequestAborted);
    }

    private async Task<BlobDownloadResult?> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext context, BlobDownloadResult blob, int status)
    {
        var details = blob.Details;
        var response = context.Response;
        var etag = details.ETag.ToString("H");
        response.Headers.ETag = etag;
        response.Headers.LastModified = details.LastModified.ToString("R");
        if (details.CacheControl is { Length: > 0 } cacheControl)
        {
            response.Headers.CacheControl = cacheControl;
        }

        if (status == StatusCodes.Status200OK && context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = status;
        response.ContentType = details.ContentType;
        if (details.ContentEncoding is { Length: > 0 } encoding)
        {
            response.Headers.ContentEncoding = encoding;
        }

        var bytes = blob.Content.ToMemory();
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
