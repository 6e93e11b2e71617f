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
    /// <summary>What the retention job deleted at the start of this run.</summary>
    public RetentionReport Retention { get; init; } = RetentionReport.Nothing;

    /// <summary>Why retention failed in this run (storage trouble), or null; the run went on without it.</summary>
    public string? RetentionFailure { get; init; }

    /// <summary>Log lines for the Functions host or the console.</summary>
    public IReadOnlyList<string> Lines()
    {
        var a = Aggregation;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"aggregation {a.Outcome.ToString().ToLowerInvariant()}: window {Time(a.After)} – {Time(a.Through)} in {a.Steps} step(s){(a.CaughtUp ? "" : ", more to count next run")}, {a.ScansRead} scans and {a.AnswersRead} answers read, {a.RollupRowsRead} rollup rows read, {a.RowsWritten} rollup rows written"),
        };
        lines.Add(Publication is null
            ? "publication skipped: another run holds the window and will publish"
            : string.Create(CultureInfo.InvariantCulture, $"published {Publication.Units.Count} unit(s): {string.Join(", ", Publication.Units)} ({Publication.RowsRead} rollup rows read)"));
        if (Retention is { KeptFrom: { } keptFrom } && Retention.Deleted + Retention.KeysDeleted > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"retention: deleted {Retention.AnswersDeleted} answers, {Retention.ScansDeleted} scans and {Retention.KeysDeleted} visitor day keys from before {keptFrom:yyyy-MM-dd}"));
        }

        if (RetentionFailure is not null)
        {
            lines.Add("retention failed, will try again next run: " + RetentionFailure);
        }

        return lines;
    }

    private static string Time(long ticks) => ticks == 0 ? "the beginning" : VietnamTime.Format(new DateTimeOffset(ticks, TimeSpan.Zero));
}

/// <summary>
/// Deletes the raw events past the retention limit, then aggregates (in bounded steps) and publishes, and finally
/// deletes the visitor day keys of the days now counted, as the <c>PublishStats</c> timer and the publisher's
/// <c>stats</c> verb do. Retention comes first and on its own: whatever fails after it, and even when it fails itself,
/// the run goes on, so neither holds the other hostage. Built once; the tables are created on the first run.
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
        var retained = RetentionReport.Nothing;
        string? retentionFailure = null;
        try
        {
            retained = await _retention.RunAsync(time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (StorageFailure.Is(e, cancellationToken))
        {
            retentionFailure = e.Message;
        }

        var aggregation = await _aggregator.CatchUpAsync(time, cancellationToken);
        if (aggregation.Outcome is AggregationOutcome.Busy or AggregationOutcome.LostRace or AggregationOutcome.TakenOver)
        {
            return new StatsRunReport(aggregation, null) { Retention = retained, RetentionFailure = retentionFailure };
        }

        var publication = await _publisher.PublishAsync(aggregation.Through, time.GetUtcNow(), cancellationToken);
        // aggregation.Through is the committed watermark here: the days before its day are counted in full.
        var keys = await _retention.DeleteCountedDayKeysAsync(aggregation.Through, cancellationToken);
        return new StatsRunReport(aggregation, publication)
        {
            Retention = retained with { KeysDeleted = retained.KeysDeleted + keys },
            RetentionFailure = retentionFailure,
        };
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
