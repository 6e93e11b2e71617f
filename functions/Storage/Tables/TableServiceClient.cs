using Azure.Core;
using Azure.Core.Pipeline;
using MotCua.Storage.Blobs;
using MotCua.Storage.Pipeline;

namespace MotCua.Storage.Tables;

/// <summary>The Table service of one account (mirrors Azure.Data.Tables.TableServiceClient).</summary>
public class TableServiceClient
{
    private readonly HttpPipeline _pipeline;

    /// <summary>Shared Key from a connection string (<c>UseDevelopmentStorage=true</c> or the full form).</summary>
    public TableServiceClient(string connectionString, StorageClientOptions? options = null)
        : this(StorageConnectionString.Parse(connectionString), options)
    {
    }

    public TableServiceClient(Uri serviceUri, StorageSharedKeyCredential credential, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Uri = BlobPaths.Normalize(serviceUri);
        AccountName = credential.AccountName;
        _pipeline = StoragePipeline.ForTables(options, credential);
    }

    /// <summary>Microsoft Entra ID (e.g. a managed identity through Azure.Identity); https only.</summary>
    public TableServiceClient(Uri serviceUri, TokenCredential credential, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        Uri = BlobPaths.Normalize(serviceUri);
        AccountName = Uri.Host.Split('.')[0];
        _pipeline = StoragePipeline.ForToken(options, credential);
    }

    private TableServiceClient(StorageConnectionString connection, StorageClientOptions? options)
        : this(connection.TableEndpoint, connection.Credential, options)
    {
    }

    /// <summary>The service root (no trailing slash).</summary>
    public Uri Uri { get; }

    public string AccountName { get; }

    public virtual TableClient GetTableClient(string tableName) => new(_pipeline, Uri, tableName);
}
