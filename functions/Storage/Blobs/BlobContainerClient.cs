using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using MotCua.Storage.Pipeline;

namespace MotCua.Storage.Blobs;

/// <summary>One container (mirrors Azure.Storage.Blobs.BlobContainerClient).</summary>
public class BlobContainerClient
{
    /// <summary>The service's own maximum page size for List Blobs.</summary>
    public const int MaxListPageSize = 5000;

    private readonly HttpPipeline _pipeline;
    private readonly Uri _serviceUri;

    internal BlobContainerClient(HttpPipeline pipeline, Uri serviceUri, string name)
    {
        _pipeline = pipeline;
        _serviceUri = serviceUri;
        _ = BlobPaths.Container(name);
        Name = name;
    }

    public string Name { get; }

    public Uri Uri => new(_serviceUri.AbsoluteUri + BlobPaths.Container(Name));

    public virtual BlobClient GetBlobClient(string blobName) => new(_pipeline, _serviceUri, Name, blobName);

    /// <summary>Creates the container; 201, or the 409 <c>ContainerAlreadyExists</c> answer when it is already there.</summary>
    public virtual async Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Put);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 201, 409).ConfigureAwait(false);
        if (response.Status == 409 && StorageErrors.Parse(response).Code != "ContainerAlreadyExists")
            throw StorageErrors.Create(message);
        return response;
    }

    public virtual async Task<Response<bool>> ExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Head);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 200, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 200, response);
    }

    public virtual async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Delete);
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 202, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 202, response);
    }

    /// <summary>Every blob whose name starts with <paramref name="prefix"/>, in name order, following the service's markers.</summary>
    public virtual AsyncPageable<BlobItem> GetBlobsAsync(string? prefix = null, CancellationToken cancellationToken = default) =>
        new StoragePageable<BlobItem>((marker, pageSize, ct) => ListPageAsync(prefix, marker, pageSize, ct), cancellationToken);

    private async Task<Page<BlobItem>> ListPageAsync(string? prefix, string? marker, int? pageSize, CancellationToken cancellationToken)
    {
        using var message = ContainerMessage(RequestMethod.Get);
        var uri = message.Request.Uri;
        uri.AppendQuery("comp", "list");
        if (!string.IsNullOrEmpty(prefix))
            uri.AppendQuery("prefix", prefix, escapeValue: true);
        if (!string.IsNullOrEmpty(marker))
            uri.AppendQuery("marker", marker, escapeValue: true);
        var size = Math.Clamp(pageSize ?? MaxListPageSize, 1, MaxListPageSize);
        uri.AppendQuery("maxresults", size.ToString(CultureInfo.InvariantCulture));
        var response = await StorageOperation.SendAsync(_pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        var (items, next) = BlobListing.Parse(response.Content.ToString());
        return Page<BlobItem>.FromValues(items, next, response);
    }

    private HttpMessage ContainerMessage(RequestMethod method)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(_serviceUri);
        message.Request.Uri.AppendPath(BlobPaths.Container(Name), escape: false);
        message.Request.Uri.AppendQuery("restype", "container");
        return message;
    }
}
