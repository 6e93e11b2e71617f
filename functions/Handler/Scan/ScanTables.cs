using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Scans;

namespace MotCua.Handler.Scan;

/// <summary>
/// The tables scans are written to. The <c>scans</c> client is its own named client, with one quick retry and a
/// bounded network timeout: <see cref="ScanBatchWriter"/> does its own retries with backoff, and a batch stuck
/// on a silent endpoint would hold every scan behind it. Both tables are made by the first write that finds them
/// missing (<see cref="MissingTable"/>).
/// </summary>
public sealed class ScanTables(IAzureClientFactory<TableServiceClient> clients)
{
    /// <summary>The named client scans are written with.</summary>
    public const string ScanWriterName = "scan-writer";

    /// <summary>The named client lost-scan counts are written with.</summary>
    public const string FailureWriterName = "scan-failure-writer";

    /// <summary>One quick retry covers a dropped connection; longer outages are the batch writer's to wait out.</summary>
    private const int ScanWriteRetries = 1;

    private static readonly TimeSpan ScanRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>Failure counts are written in the background, but also at shutdown, which must not hang on a dead endpoint.</summary>
    private const int FailureWriteRetries = 2;

    private static readonly TimeSpan FailureRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan FailureNetworkTimeout = TimeSpan.FromSeconds(5);

    private readonly Lazy<TableClient> _scans = new(() => clients.CreateClient(ScanWriterName).GetTableClient(TableNames.Scans));
    private readonly Lazy<TableClient> _failures = new(() => clients.CreateClient(FailureWriterName).GetTableClient(TableNames.ScanFailures));

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

    /// <summary>
    /// Writes scans of one partition (at most 100) as one transaction, all or none. <paramref name="replace"/>
    /// upserts instead of adding: a retry of a batch whose earlier attempt was stored writes the same rows again
    /// instead of failing on them forever.
    /// </summary>
    public async Task SubmitBatchAsync(IReadOnlyList<ScanEntity> batch, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var type = replace ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.Add;
        var actions = batch.Select(e => new TableTransactionAction(type, e)).ToList();
        await _scans.Value.WithTableAsync(() => _scans.Value.SubmitTransactionAsync(actions, cancellationToken), cancellationToken);
    }

    /// <summary>Whether a scan with these keys is stored: the check of a batch whose earlier attempt got no clear answer.</summary>
    public async Task<bool> IsStoredAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        await _scans.Value.FindAsync<ScanEntity>(partitionKey, rowKey, [nameof(ScanEntity.PartitionKey)], cancellationToken) is not null;

    /// <summary>Replaces this instance's count of lost scans for one day.</summary>
    public async Task UpsertFailureCountAsync(string dateKey, string instanceId, long count, CancellationToken cancellationToken)
    {
        var entity = new ScanFailureEntity { PartitionKey = dateKey, RowKey = instanceId, Count = count };
        await _failures.Value.WithTableAsync(() => _failures.Value.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken), cancellationToken);
    }
}
