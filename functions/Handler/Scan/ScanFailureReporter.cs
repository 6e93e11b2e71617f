using MotCua.Data;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MotCua.Handler.Scan;

/// <summary>
/// Writes the counts of lost scans to <c>scanfailures</c> (one row per day and handler instance) every
/// <see cref="ScanOptions.FailureReportInterval"/> when they changed, and once more at shutdown after
/// <see cref="ScanBatchWriter"/> has drained the buffer. While storage stays down the counts wait in memory and are retried.
/// </summary>
public sealed partial class ScanFailureReporter(
    ScanTables tables,
    ScanFailureCounter counter,
    ScanBatchWriter writer,
    IOptions<ScanOptions> options,
    TimeProvider time,
    ILogger<ScanFailureReporter> logger) : BackgroundService
{
    /// <summary>At a stop, the last report gets this long after the drain: all of it fits in the host's 5 s of grace.</summary>
    private static readonly TimeSpan ShutdownBudget = TimeSpan.FromMilliseconds(500);

    private long _reportedVersion;

    /// <summary>This process's row key: the host's instance id (or machine name) and the process id.</summary>
    public string InstanceId { get; } = MakeInstanceId();

    /// <summary>Writes the counts if they changed; false when storage could not be reached.</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        var version = counter.Version;
        if (version == Interlocked.Read(ref _reportedVersion))
        {
            return true;
        }

        try
        {
            foreach (var (dateKey, count) in counter.Snapshot())
            {
                await tables.UpsertFailureCountAsync(dateKey, InstanceId, count, cancellationToken);
            }

            Interlocked.Exchange(ref _reportedVersion, version);
            return true;
        }
        catch (Exception ex) when (ex is OperationCanceledException || StorageFailure.Is(ex))
        {
            LogReportFailed(ex, counter.Total);
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // The writer counts what its drain could not store; the report must include it.
            await writer.Drained.WaitAsync(options.Value.DrainTimeout + TimeSpan.FromMilliseconds(500), time, cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Shutdown deadline reached: report what is known.
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(ShutdownBudget);
        var reported = await FlushAsync(budget.Token);
        if (counter.Total > 0)
        {
            // Outside any invocation: the host never shows this; Application Insights receives it (see TelemetryRegistration).
            LogLost(counter.Total, reported);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FailureReportInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private static string MakeInstanceId()
    {
        var host = Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID") is { Length: > 0 } id ? id[..Math.Min(id.Length, 16)] : Environment.MachineName;
        return $"{UnsafeKeyCharacters().Replace(host, "-")}-{Environment.ProcessId}";
    }

    // Row keys may not contain / \ # ? or control characters.
    [GeneratedRegex(@"[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeKeyCharacters();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scans lost by this instance: {Lost} (written to scanfailures: {Reported})")]
    private partial void LogLost(long lost, bool reported);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the count of lost scans ({Total}); will retry")]
    private partial void LogReportFailed(Exception ex, long total);
}
