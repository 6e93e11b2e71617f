using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Scans;

namespace MotCua.Handler.Scan;

/// <summary>
/// The tables scans are written to. The <c>scans</c> client is its own named client, with one quick retry and a
/// short network timeout: a scan's write must fail fast rather than hold a citizen's answer. Both
/// tables are created on the first write that finds them missing, never at start-up.
/// </summary>
public sealed class ScanTables(IAzureClientFactory<TableServiceClient> clients)
{
    /// <summary>The named client scans are written with.</summary>
    public const string ScanWriterName = "scan-writer";

    /// <summary>The named client lost-scan counts are written with.</summary>
    public const string FailureWriterName = "scan-failure-writer";

    /// <summary>One quick retry covers a dropped connection; more would only spend the citizen's budget.</summary>
    private const int ScanWriteRetries = 1;

    private static readonly TimeSpan ScanRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>Failure counts are written in the background, but also at shutdown, which must not hang on a dead endpoint.</summary>
    private const int FailureWriteRetries = 2;

    private static readonly TimeSpan FailureRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan FailureNetworkTimeout = TimeSpan.FromSeconds(5);

    private readonly Lazy<TableClient> _scans = new(() => clients.CreateClient(ScanWriterName).GetTableClient(TableNames.Scans));
    private readonly Lazy<TableClient> _failures = new(() => clients.CreateClient(FailureWriterName).GetTableClient(TableNames.ScanFailures));
    private Task? _creatingScans;

    /// <summary>Registers the two named clients, built like the app's other table client but with their own retries.</summary>
    public static void AddScanTableClients(
        AzureClientFactoryBuilder builder, Func<TableClientOptions, TokenCredential, IServiceProvider, TableServiceClient> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddClient(factory).WithName(ScanWriterName).ConfigureOptions((options, services) =>
        {
            options.Retry.MaxRetries = ScanWriteRetries;
            options.Retry.Delay = ScanRetryDelay;
            options.Retry.MaxDelay = ScanRetryDelay;
            options.Retry.NetworkTimeout = services.GetRequiredService<IOptions<ScanOptions>>().Value.WriteTimeout;
        });
        builder.AddClient(factory).WithName(FailureWriterName).ConfigureOptions(options =>
        {
            options.Retry.MaxRetries = FailureWriteRetries;
            options.Retry.Delay = FailureRetryDelay;
            options.Retry.NetworkTimeout = FailureNetworkTimeout;
        });
    }

    /// <summary>Adds one scan; a row key is unique to its scan, so "already exists" means a retry already wrote it.</summary>
    public async Task AddScanAsync(ScanEntity entity, CancellationToken cancellationToken)
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
        var entity = new ScanFailureEntity { PartitionKey = dateKey, RowKey = instanceId, Count = count };
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

    private async Task AddAgainAsync(ScanEntity entity, CancellationToken cancellationToken)
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
}
