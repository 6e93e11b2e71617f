using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using MotCua.Handler.Site;
using MotCua.Storage;
using MotCua.Storage.Tables;

namespace MotCua.Handler.Scan;

/// <summary>
/// The tables scans are written to. The <c>scans</c> client is its own, with one quick retry and a
/// short network timeout: a scan's write must fail fast rather than hold a citizen's answer. Both
/// tables are created on the first write that finds them missing, never at start-up.
/// </summary>
public sealed class ScanTables
{
    /// <summary>One quick retry covers a dropped connection; more would only spend the citizen's budget.</summary>
    private const int ScanWriteRetries = 1;

    private static readonly TimeSpan ScanRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>Failure counts are written in the background, but also at shutdown, which must not hang on a dead endpoint.</summary>
    private const int FailureWriteRetries = 2;

    private static readonly TimeSpan FailureRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan FailureNetworkTimeout = TimeSpan.FromSeconds(5);

    private readonly Lazy<TableClient> _scans;
    private readonly Lazy<TableClient> _failures;
    private Task? _creatingScans;

    public ScanTables(IOptions<StorageOptions> storage, IOptions<ScanOptions> scan)
    {
        var fast = new StorageClientOptions();
        fast.Retry.MaxRetries = ScanWriteRetries;
        fast.Retry.Delay = ScanRetryDelay;
        fast.Retry.MaxDelay = ScanRetryDelay;
        fast.Retry.NetworkTimeout = scan.Value.WriteTimeout;
        _scans = new(() => Client(storage.Value, fast).GetTableClient(ScanOptions.TableName));
        var background = new StorageClientOptions();
        background.Retry.MaxRetries = FailureWriteRetries;
        background.Retry.Delay = FailureRetryDelay;
        background.Retry.NetworkTimeout = FailureNetworkTimeout;
        _failures = new(() => Client(storage.Value, background).GetTableClient(ScanOptions.FailureTableName));
    }

    /// <summary>Adds one scan; a row key is unique to its scan, so "already exists" means a retry already wrote it.</summary>
    public async Task AddScanAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _scans.Value.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await EnsureScansTableAsync(cancellationToken);
            await AddAgainAsync(entity, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Written by the pipeline's retry after a lost response.
        }
    }

    /// <summary>Replaces this instance's count of lost scans for one day.</summary>
    public async Task UpsertFailureCountAsync(string dateKey, string instanceId, long count, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(dateKey, instanceId) { ["Count"] = count };
        try
        {
            await _failures.Value.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await _failures.Value.CreateIfNotExistsAsync(cancellationToken);
            await _failures.Value.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private async Task AddAgainAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _scans.Value.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Written by the pipeline's retry after a lost response.
        }
    }

    // Hundreds of first scans may find the table missing together: one creation serves them all.
    private Task EnsureScansTableAsync(CancellationToken cancellationToken)
    {
        var creating = Volatile.Read(ref _creatingScans);
        if (creating is null || creating.IsFaulted || creating.IsCanceled)
        {
            var fresh = CreateScansAsync();
            creating = Interlocked.CompareExchange(ref _creatingScans, fresh, creating) == creating ? fresh : Volatile.Read(ref _creatingScans)!;
        }

        return creating.WaitAsync(cancellationToken);
    }

    private async Task CreateScansAsync() => await _scans.Value.CreateIfNotExistsAsync(CancellationToken.None);

    private static TableServiceClient Client(StorageOptions o, StorageClientOptions options) =>
        o.UsesIdentity
            ? new TableServiceClient(o.TableEndpoint!, Credential(o), options)
            : new TableServiceClient(o.EffectiveConnectionString, options);

    private static TokenCredential Credential(StorageOptions o) =>
        string.IsNullOrWhiteSpace(o.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));
}
