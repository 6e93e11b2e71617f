using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Scans;

namespace MotCua.Handler.Scan;

/// <summary>
/// Empties <see cref="ScanRecorder"/>'s buffer into <c>scans</c>: one transaction per partition of up to 100 scans,
/// a round at least every <see cref="ScanOptions.BatchInterval"/> (sooner when a full round is waiting). While
/// storage is down the batches are retried with a doubling pause and the buffer holds new scans; at a graceful
/// stop the buffer is written out within <see cref="ScanOptions.DrainTimeout"/>, and whatever storage could not
/// take by then is counted lost.
/// </summary>
public sealed partial class ScanBatchWriter(
    ScanRecorder recorder,
    ScanTables tables,
    ScanFailureCounter failures,
    IOptions<ScanOptions> options,
    TimeProvider time,
    ILogger<ScanBatchWriter> logger) : BackgroundService
{
    /// <summary>A full transaction for every shard of a day: no reason to wait for the interval.</summary>
    private const int FullRound = ScanBatch.MaxSize * ScanKeys.ShardCount;

    /// <summary>Transactions of one round in flight together (one per shard of a day).</summary>
    private const int Parallelism = ScanKeys.ShardCount;

    /// <summary>Attempts of one batch in a row that need no pause: a 409 turning into an upsert, a bad row taken out.</summary>
    private const int QuickAttempts = 3;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan FillCheck = TimeSpan.FromMilliseconds(10);

    private readonly ScanOptions _options = options.Value;
    private readonly List<ScanBatch> _pending = [];
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _written;
    private long _transactions;

    /// <summary>Scans stored since start.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Transactions sent since start, retries included: what storage bills.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Completes when the stop's drain has finished (stored or counted every scan).</summary>
    public Task Drained => _drained.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await WaitForRoundAsync(stoppingToken))
            {
                TakeBuffered();
                await WritePendingAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the drain below writes what is pending.
        }

        await DrainAsync();
    }

    /// <summary>Waits for a first scan, then until a full round is buffered or the interval since that scan has passed.</summary>
    private async Task<bool> WaitForRoundAsync(CancellationToken cancellationToken)
    {
        if (!await recorder.Reader.WaitToReadAsync(cancellationToken))
        {
            return false;
        }

        var first = time.GetTimestamp();
        while (recorder.Buffered < FullRound && time.GetElapsedTime(first) < _options.BatchInterval)
        {
            await Task.Delay(FillCheck, time, cancellationToken);
        }

        return true;
    }

    private void TakeBuffered()
    {
        var taken = new List<ScanEntity>(Math.Min(recorder.Buffered, FullRound * 2));
        while (taken.Count < FullRound * 2 && recorder.Reader.TryRead(out var scan))
        {
            taken.Add(scan);
        }

        _pending.AddRange(ScanBatch.Of(taken));
    }

    /// <summary>Writes every pending batch, pausing longer after each failed attempt, until all are stored or the token ends it.</summary>
    private async Task WritePendingAsync(CancellationToken cancellationToken)
    {
        var delay = FirstRetryDelay;
        while (true)
        {
            try
            {
                await Parallel.ForEachAsync(
                    _pending,
                    new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                    async (batch, token) => batch.Written = await TryWriteAsync(batch, token));
            }
            finally
            {
                _pending.RemoveAll(b => b.Written);
            }

            if (_pending.Count == 0)
            {
                return;
            }

            LogRetrying(_pending.Sum(b => b.Scans.Count), recorder.Buffered, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.RetryMaxDelay.Ticks));
        }
    }

    private async Task<bool> TryWriteAsync(ScanBatch batch, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - batch.KeyedAt > _options.WriteTimeout)
        {
            // Its keys are getting old (it failed, or it waited in the buffer while an outage held the writer): if an
            // earlier attempt stored it, done; if not, it is stored under new keys.
            try
            {
                if (batch.HasFailed && await tables.IsStoredAsync(batch.PartitionKey, batch.Scans[0].RowKey, cancellationToken))
                {
                    Interlocked.Add(ref _written, batch.Scans.Count);
                    return true;
                }
            }
            catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
            {
                return false;
            }

            batch.Rekey(time.GetUtcNow());
        }

        for (var attempt = 0; attempt < QuickAttempts && batch.Scans.Count > 0; attempt++)
        {
            switch (await ScanBatchAttempt.RunAsync(tables, batch, cancellationToken))
            {
                case ScanBatchOutcome.Stored:
                    Interlocked.Increment(ref _transactions);
                    Interlocked.Add(ref _written, batch.Scans.Count);
                    return true;
                case ScanBatchOutcome.AlreadyThere:
                    // A rerun of a batch that was stored (or partly written by a retry) while its answer was lost.
                    Interlocked.Increment(ref _transactions);
                    batch.Replace = true;
                    break;
                case ScanBatchOutcome.BadRow bad:
                    Interlocked.Increment(ref _transactions);
                    batch.Scans.RemoveAt(bad.Index);
                    failures.Increment();
                    LogRefused(bad.Error, batch.PartitionKey);
                    break;
                case ScanBatchOutcome.Failed failed:
                    Interlocked.Increment(ref _transactions);
                    batch.HasFailed = true;
                    LogBatchFailed(failed.Error, batch.PartitionKey, batch.Scans.Count);
                    return false;
            }
        }

        return batch.Scans.Count == 0;
    }

    /// <summary>At stop: the buffer and the pending batches go to storage within the drain budget; the rest is counted.</summary>
    private async Task DrainAsync()
    {
        using var budget = new CancellationTokenSource(_options.DrainTimeout, time);
        try
        {
            while (recorder.Buffered > 0 || _pending.Count > 0)
            {
                TakeBuffered();
                await WritePendingAsync(budget.Token);
            }

            // Scans that arrive from here on are refused and counted by the recorder.
            recorder.Close();
            TakeBuffered();
            await WritePendingAsync(budget.Token);
        }
        catch (OperationCanceledException)
        {
            // The budget is spent: storage is down or too slow. Count what is left below.
        }
        finally
        {
            recorder.Close();
            TakeBuffered();
            var lost = _pending.Sum(b => b.Scans.Count) + recorder.Buffered;
            while (recorder.Reader.TryRead(out _))
            {
                // Emptied by the count above.
            }

            _pending.Clear();
            failures.Add(lost);
            LogDrained(lost > 0 ? LogLevel.Warning : LogLevel.Information, Written, Transactions, lost);
            _drained.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Pending} scans not yet stored ({Buffered} more buffered); retrying in {DelayMs} ms")]
    private partial void LogRetrying(int pending, int buffered, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} scans to partition {Partition} failed; it stays pending")]
    private partial void LogBatchFailed(Exception error, string partition, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage refused a scan of partition {Partition}; counted in scanfailures, the rest of its batch is retried")]
    private partial void LogRefused(Exception error, string partition);

    [LoggerMessage(Message = "Scan writer stopped: {Written} scans stored in {Transactions} transactions; {Lost} counted lost at stop")]
    private partial void LogDrained(LogLevel level, long written, long transactions, long lost);
}
