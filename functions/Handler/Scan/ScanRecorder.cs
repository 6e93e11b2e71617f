using System.Collections.Concurrent;
using Azure;
using Microsoft.Extensions.Options;
using MotCua.Data.Scans;
using MotCua.Domain.Scans;

namespace MotCua.Handler.Scan;

/// <summary>
/// Writes one entity per scan without ever holding the citizen's answer past
/// <see cref="ScanOptions.WriteBudget"/>. A write still running at the budget is not abandoned: it
/// finishes on its own (up to <see cref="ScanOptions.WriteTimeout"/>), so a slow storage costs no
/// scans; only a write that fails or times out is lost, and it is logged and counted.
/// </summary>
public sealed partial class ScanRecorder(
    ScanTables tables,
    ScanFailureCounter failures,
    IOptions<ScanOptions> options,
    TimeProvider time,
    ILogger<ScanRecorder> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _late = new();

    /// <summary>Writes still running after their budget.</summary>
    public int LateWrites => _late.Count;

    /// <summary>Starts the write and waits for it at most the budget. Never throws for a storage failure.</summary>
    public async Task RecordAsync(ScanRecord record)
    {
        var write = WriteAsync(record);
        try
        {
            await write.WaitAsync(options.Value.WriteBudget, time);
        }
        catch (TimeoutException)
        {
            LogSlowWrite(record.Code, options.Value.WriteBudget.TotalMilliseconds);
            _late.TryAdd(write, 0);
            _ = write.ContinueWith(done => _late.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Waits for writes still running (at shutdown), so none is cut off.</summary>
    public Task DrainAsync(CancellationToken cancellationToken) => Task.WhenAll(_late.Keys).WaitAsync(cancellationToken);

    private async Task WriteAsync(ScanRecord record)
    {
        using var timeout = new CancellationTokenSource(options.Value.WriteTimeout, time);
        try
        {
            await tables.AddScanAsync(ScanEntity.From(record), timeout.Token);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or OperationCanceledException or TimeoutException or IOException or AggregateException)
        {
            failures.Increment();
            LogLost(ex, record.Code, record.Event);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scan of {Code} not written within {BudgetMs} ms; answered without waiting")]
    private partial void LogSlowWrite(string code, double budgetMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scan of {Code} ({Event}) could not be recorded; counted in scanfailures")]
    private partial void LogLost(Exception ex, string code, string @event);
}
