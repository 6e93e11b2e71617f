using System.Collections.Concurrent;

namespace MotCua.HostStandIn.Http;

/// <summary>One invocation the stand-in ran: which function, its id, whether the worker reported success, the status sent.</summary>
public sealed record InvocationRecord(string Function, string InvocationId, bool Succeeded, int Status);

/// <summary>The invocations run so far, newest last: what tests read to know which function answered.</summary>
public sealed class InvocationLog
{
    private readonly ConcurrentQueue<InvocationRecord> _records = new();

    public IReadOnlyList<InvocationRecord> Records => [.. _records];

    internal void Add(InvocationRecord record) => _records.Enqueue(record);
}
