using System.Collections.Concurrent;

namespace MotCua.HostStandIn.Http;

/// <summary>
/// One invocation the stand-in started: which function and its id from the start; once the worker has reported it,
/// whether it succeeded and the status sent (0 for a timer).
/// </summary>
public sealed class InvocationRecord(string function, string invocationId)
{
    private volatile bool _completed;

    public string Function { get; } = function;

    public string InvocationId { get; } = invocationId;

    public bool Completed => _completed;

    public bool Succeeded { get; private set; }

    public int Status { get; private set; }

    internal void Complete(bool succeeded, int status)
    {
        Succeeded = succeeded;
        Status = status;
        _completed = true;
    }
}

/// <summary>
/// The most recent invocations, oldest first: what tests read to know which function answered. Only the last
/// <see cref="Kept"/> are kept, so a local run that serves scans for days does not grow without end.
/// </summary>
public sealed class InvocationLog
{
    public const int Kept = 1000;

    private readonly ConcurrentQueue<InvocationRecord> _records = new();
    private long _started;

    public IReadOnlyList<InvocationRecord> Records => [.. _records];

    /// <summary>How many invocations were started since the host started, kept or not.</summary>
    public long Started => Interlocked.Read(ref _started);

    internal InvocationRecord Start(string function, string invocationId)
    {
        var record = new InvocationRecord(function, invocationId);
        _records.Enqueue(record);
        Interlocked.Increment(ref _started);
        while (_records.Count > Kept && _records.TryDequeue(out _))
        {
        }

        return record;
    }
}
