namespace MotCua.Handler.Hosting.Timers;

/// <summary>Runs one timer function; returns the log lines the host records for the invocation.</summary>
public delegate Task<IReadOnlyList<string>> TimerHandler(TimerInvocation invocation, IServiceProvider services, CancellationToken cancellationToken);

/// <summary>The timer functions the handler maps, shared by the HTTP route and the local scheduler.</summary>
public sealed class TimerRegistry
{
    private readonly Dictionary<string, TimerHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _handlers.Keys;

    public void Add(string functionName, TimerHandler handler)
    {
        _handlers.Add(functionName, handler);
        _gates.Add(functionName, new SemaphoreSlim(1, 1));
    }

    /// <summary>
    /// Runs a timer, one run at a time per function in this process (the Functions host guarantees
    /// the same across instances with a blob lease).
    /// </summary>
    public async Task<IReadOnlyList<string>> RunAsync(TimerInvocation invocation, IServiceProvider services, CancellationToken cancellationToken)
    {
        var handler = _handlers[invocation.FunctionName];
        var gate = _gates[invocation.FunctionName];
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await handler(invocation, services, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
