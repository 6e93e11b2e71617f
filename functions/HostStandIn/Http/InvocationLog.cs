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

/// <summary>The invocations started so far, oldest first: what tests read to know which function answered.</summary>
public sealed class InvocationLog
{
    private readonly ConcurrentQueue<InvocationRecord> _records = new();

    public IReadOnlyList<InvocationRecord> Records => [.. _records];

    internal InvocationRecord Start(string function, string invocationId)
    {
        var record = new InvocationRecord(function, invocationId);
        _records.Enqueue(record);
        return record;
    }
}
