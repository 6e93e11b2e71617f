using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Domain.Text;
using MotCua.Stats.Aggregation;
using MotCua.Stats.Pages;
using MotCua.Stats.Retention;

namespace MotCua.Stats;

/// <summary>One run of the statistics job: what the aggregation counted and what was published.</summary>
public sealed record StatsRunReport(AggregationReport Aggregation, PublicationReport? Publication)
{
    /// <summary>What the retention job deleted after this run, when it ran.</summary>
    public RetentionReport Retention { get; init; } = RetentionReport.Nothing;

    /// <summary>Log lines for the Functions host or the console.</summary>
    public IReadOnlyList<string> Lines()
    {
        var a = Aggregation;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"aggregation {a.Outcome.ToString().ToLowerInvariant()}: window {Time(a.After)} – {Time(a.Through)}, {a.ScansRead} scans and {a.AnswersRead} answers read, {a.RollupRowsRead} rollup rows read, {a.RowsWritten} rollup rows written"),
        };
        lines.Add(Publication is null
            ? "publication skipped: another run holds the window and will publish"
            : string.Create(CultureInfo.InvariantCulture, $"published {Publication.Units.Count} unit(s): {string.Join(", ", Publication.Units)} ({Publication.RowsRead} rollup rows read)"));
        if (Retention is { Deleted: > 0, KeptFrom: { } keptFrom })
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"retention: deleted {Retention.ScansDeleted} scans and {Retention.AnswersDeleted} answers from before {keptFrom:yyyy-MM-dd}"));
        }

        return lines;
    }

    private static string Time(long ticks) => ticks == 0 ? "the beginning" : VietnamTime.Format(new DateTimeOffset(ticks, TimeSpan.Zero));
}

/// <summary>
/// Aggregates, publishes, then deletes the raw events the retention limit allows, as the <c>PublishStats</c> timer and
/// the publisher's <c>stats</c> verb do. Retention runs here rather than on a timer of its own because this is where
/// the watermark is known to be fresh and committed: it never deletes what is not counted, and needs no second schedule.
/// Built once; the tables are created on the first run.
/// </summary>
public sealed class StatsRunner(TableServiceClient tables, BlobServiceClient blobs, StatsOptions options, TimeProvider time, RetentionOptions? retention = null)
{
    private readonly StatsAggregator _aggregator = new(tables, options);
    private readonly StatsPublisher _publisher = new(tables, blobs, options);
    private readonly RetentionJob _retention = new(tables, (retention ?? new RetentionOptions()).Validate());
    private volatile bool _ready;

    /// <summary>A runner on the account a connection string names (Azurite's, by default), for a command line or a benchmark.</summary>
    public static StatsRunner ForConnectionString(string connection, StatsOptions options, TimeProvider time) => new(
        new TableServiceClient(connection, StorageClientDefaults.TableOptions()),
        new BlobServiceClient(connection, StorageClientDefaults.BlobOptions()),
        options,
        time);

    public async Task<StatsRunReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        await EnsureStorageAsync(cancellationToken);
        var aggregation = await _aggregator.RunAsync(time.GetUtcNow(), cancellationToken);
        if (aggregation.Outcome is AggregationOutcome.Busy or AggregationOutcome.LostRace or AggregationOutcome.TakenOver)
        {
            return new StatsRunReport(aggregation, null);
        }

        var publication = await _publisher.PublishAsync(aggregation.Through, time.GetUtcNow(), cancellationToken);
        // Only after a run that counted (or found nothing new): aggregation.Through is then the committed watermark.
        var retained = await _retention.RunAsync(aggregation.Through, time.GetUtcNow(), cancellationToken);
        return new StatsRunReport(aggregation, publication) { Retention = retained };
    }

    private async Task EnsureStorageAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        foreach (var table in TableNames.All)
        {
            await tables.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken);
        }

        await blobs.GetBlobContainerClient(options.WebContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _ready = true;
    }
}
