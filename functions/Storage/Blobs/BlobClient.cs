using System.Security.Cryptography;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using MotCua.Storage.Pipeline;

namespace MotCua.Storage.Blobs;

/// <summary>One block blob (mirrors Azure.Storage.Blobs.BlobClient for whole-blob upload and download).</summary>
public class BlobClient
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _serviceUri;

    internal BlobClient(HttpPipeline pipeline, Uri serviceUri, string containerName, string name)
    {
        _pipeline = pipeline;
        _serviceUri = serviceUri;
        _ = BlobPaths.Blob(name);
        BlobContainerName = containerName;
        Name = name;
    }

    public string BlobContainerName { get; }

    public string Name { get; }

    public Uri Uri => new(_serviceUri.AbsoluteUri + BlobPaths.Container(BlobContainerName) + BlobPaths.Blob(Name));

    /// <summary>Uploads (or replaces) the whole blob with its properties and metadata; 412/409 when a condition fails.</summary>
    public virtual async Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, BlobUploadOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new BlobUploadOptions();
        var headers = options.HttpHeaders ?? new BlobHttpHeaders();
        var md5 = headers.ContentHash ?? MD5.HashData(content.ToMemory().Span);

        using var message = BlobMessage(RequestMethod.Put);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue(StorageHeaders.ContentType, "application/octet-stream");

        // Content-MD5 makes the service verify the bytes in transit; x-ms-blob-content-md5 is what it stores.
        request.Headers.SetValue(StorageHeaders.ContentMd5, Convert.ToBase64String(md5));
        BlobHeaders.ApplyHttpHeaders(request, headers, md5);
        BlobHeaders.ApplyMetadata(request, options.Metadata);
        BlobHeaders.ApplyConditions(request, options.Conditions);
        request.Content = RequestContent.Create(content);

        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 201).ConfigureAwait(false);
        return Response.FromValue(
            new BlobContentInfo
            {
                ETag = response.Headers.ETag ?? default,
                LastModified = BlobHeaders.LastModified(response),
                ContentHash = md5,
            },
            response);
    }

    /// <summary>Uploads with default properties; without <paramref name="overwrite"/> an existing blob gives 409 <c>BlobAlreadyExists</c>.</summary>
    public virtual Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, bool overwrite = false, CancellationToken cancellationToken = default) =>
        UploadAsync(
            content,
            new BlobUploadOptions { Conditions = overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All } },
            cancellationToken);

    public virtual Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken = default) =>
        DownloadContentAsync(options: null, cancellationToken);

    /// <summary>
    /// The stored bytes (not decompressed) and properties. A matching <c>IfNoneMatch</c> gives a
    /// <see cref="RequestFailedException"/> with Status 304, as the official SDK does; a missing blob 404 <c>BlobNotFound</c>.
    /// </summary>
    public virtual async Task<Response<BlobDownloadResult>> DownloadContentAsync(BlobDownloadOptions? options, CancellationToken cancellationToken = default)
    {
        using var message = BlobMessage(RequestMethod.Get);
        BlobHeaders.ApplyConditions(message.Request, options?.Conditions);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        var result = new BlobDownloadResult
        {
            Content = response.Content,
            Details = BlobHeaders.ReadProperties<BlobDownloadDetails>(response),
        };
        return Response.FromValue(result, response);
    }

    public virtual async Task<Response<BlobProperties>> GetPropertiesAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        using var message = BlobMessage(RequestMethod.Head);
        BlobHeaders.ApplyConditions(message.Request, conditions);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.ReadProperties<BlobProperties>(response), response);
    }

    public virtual async Task<Response<bool>> ExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = BlobMessage(RequestMethod.Head);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 200, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 200, response);
    }

    public virtual async Task<Response> DeleteAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        using var message = BlobMessage(RequestMethod.Delete);
        BlobHeaders.ApplyConditions(message.Request, conditions);
        return await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 202).ConfigureAwait(false);
    }

    /// <summary>Deletes the blob; false when it did not exist.</summary>
    public virtual async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = BlobMessage(RequestMethod.Delete);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 202, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 202, response);
    }

    private HttpMessage BlobMessage(RequestMethod method)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(_serviceUri);
        message.Request.Uri.AppendPath(BlobPaths.Container(BlobContainerName), escape: false);
        message.Request.Uri.AppendPath(BlobPaths.Blob(Name), escape: false);
        return message;
    }
}
