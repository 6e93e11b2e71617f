using Azure.Core;
using Azure.Core.Pipeline;
using MotCua.Storage.Pipeline;

namespace MotCua.Storage.Blobs;

/// <summary>The Blob service of one account (mirrors Azure.Storage.Blobs.BlobServiceClient).</summary>
public class BlobServiceClient
{
    private readonly HttpPipeline _pipeline;

    /// <summary>Shared Key from a connection string (<c>UseDevelopmentStorage=true</c> or the full form).</summary>
    public BlobServiceClient(string connectionString, StorageClientOptions? options = null)
        : this(StorageConnectionString.Parse(connectionString), options)
    {
    }

    public BlobServiceClient(Uri serviceUri, StorageSharedKeyCredential credential, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Uri = BlobPaths.Normalize(serviceUri);
        AccountName = credential.AccountName;
        _pipeline = StoragePipeline.ForBlobs(options, credential);
    }

    /// <summary>Microsoft Entra ID (e.g. a managed identity through Azure.Identity); https only.</summary>
    public BlobServiceClient(Uri serviceUri, TokenCredential credential, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Uri = BlobPaths.Normalize(serviceUri);
        AccountName = Uri.Host.Split('.')[0];
        _pipeline = StoragePipeline.ForToken(options, credential);
    }

    private BlobServiceClient(StorageConnectionString connection, StorageClientOptions? options)
        : this(connection.BlobEndpoint, connection.Credential, options)
    {
    }

    /// <summary>The service root (no trailing slash).</summary>
    public Uri Uri { get; }

    public string AccountName { get; }

    public virtual BlobContainerClient GetBlobContainerClient(string blobContainerName) =>
        new(_pipeline, Uri, blobContainerName);
}
