using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MotCua.Data.Scans;

namespace MotCua.Handler.Scan;

/// <summary>
/// Takes a scan into a bounded in-memory buffer and returns at once: the citizen's answer never waits for
/// storage. <see cref="ScanBatchWriter"/> empties the buffer in batches. A scan that finds the buffer full
/// (storage down longer than the buffer lasts) or closed (the process is stopping) is counted lost, never
/// dropped silently.
/// </summary>
public sealed partial class ScanRecorder
{
    private readonly Channel<ScanEntity> _buffer;
    private readonly ScanFailureCounter _failures;
    private readonly ILogger<ScanRecorder> _logger;

    public ScanRecorder(ScanFailureCounter failures, IOptions<ScanOptions> options, ILogger<ScanRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _failures = failures;
        _logger = logger;
        Capacity = options.Value.BufferCapacity;
        _buffer = Channel.CreateBounded<ScanEntity>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: refuse the newest, so it can be counted
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public int Capacity { get; }

    /// <summary>Scans waiting for their batch.</summary>
    public int Buffered => _buffer.Reader.Count;

    /// <summary>The writer's end of the buffer.</summary>
    internal ChannelReader<ScanEntity> Reader => _buffer.Reader;

    /// <summary>Buffers the scan; never blocks and never throws for storage. False when it was counted lost.</summary>
    public bool Record(ScanEntity scan)
    {
        if (_buffer.Writer.TryWrite(scan))
        {
            return true;
        }

        _failures.Increment();
        LogOverflow(scan.Code ?? "", scan.Event ?? "", Capacity);
        return false;
    }

    /// <summary>No more scans are taken (the process is stopping and the buffer has been drained).</summary>
    internal void Close() => _buffer.Writer.TryComplete();

    [LoggerMessage(Level = LogLevel.Error, Message = "Scan of {Code} ({Event}) not recorded: the buffer of {Capacity} scans is full or closed; counted in scanfailures")]
    private partial void LogOverflow(string code, string @event, int capacity);
}
