using MotCua.HostStandIn.Rpc;

namespace MotCua.HostStandIn.Worker;

/// <summary>
/// What the host does with the worker's log messages: a user log written during an invocation is that function's log
/// (category <c>Function.&lt;Name&gt;.User</c>); a user log written outside any invocation is dropped, as the host drops
/// it (background work must log through Application Insights), unless <see cref="StandInOptions.ShowDroppedLogs"/> asks to
/// see them (category <c>Host.Worker.Dropped</c>); the worker's own system logs go to the host's log.
/// Console output of the worker process is the app's console log.
/// </summary>
internal sealed class WorkerLogs(ILoggerFactory loggers, StandInOptions options)
{
    private readonly ILogger _system = loggers.CreateLogger("Host.Worker");
    private readonly ILogger _dropped = loggers.CreateLogger("Host.Worker.Dropped");
    private readonly ILogger _console = loggers.CreateLogger("Host.Function.Console");
    private long _droppedCount;

    /// <summary>User log messages dropped because no invocation was running: what Azure would never show.</summary>
    public long Dropped => Interlocked.Read(ref _droppedCount);

    public void Write(RpcLog log, string? runningFunction)
    {
        var level = Level(log.Level);
        if (log.LogCategory == RpcLog.Types.RpcLogCategory.System)
        {
            _system.Log(level, "{Message}", Text(log));
            return;
        }

        if (runningFunction is null)
        {
            Interlocked.Increment(ref _droppedCount);
            if (options.ShowDroppedLogs)
            {
                _dropped.Log(level, "{Message}", Text(log));
            }

            return;
        }

        loggers.CreateLogger($"Function.{runningFunction}.User").Log(level, "{Message}", Text(log));
    }

    /// <summary>A line the worker printed; the host reads "warn", "error" and "fail" in it as levels.</summary>
    public void WriteConsole(string line, bool standardError)
    {
        var level = line.Contains("warn", StringComparison.OrdinalIgnoreCase) ? LogLevel.Warning
            : standardError || line.Contains("error", StringComparison.OrdinalIgnoreCase) || line.Contains("fail", StringComparison.OrdinalIgnoreCase) ? LogLevel.Error
            : LogLevel.Information;
        _console.Log(level, "{Line}", line);
    }

    private static string Text(RpcLog log) =>
        log.Exception is { Message.Length: > 0 } e ? $"{log.Message} ({e.Type}: {e.Message})" : log.Message;

    private static LogLevel Level(RpcLog.Types.Level level) => level switch
    {
        RpcLog.Types.Level.Trace => LogLevel.Trace,
        RpcLog.Types.Level.Debug => LogLevel.Debug,
        RpcLog.Types.Level.Information => LogLevel.Information,
        RpcLog.Types.Level.Warning => LogLevel.Warning,
        RpcLog.Types.Level.Error => LogLevel.Error,
        RpcLog.Types.Level.Critical => LogLevel.Critical,
        _ => LogLevel.None,
    };
}
