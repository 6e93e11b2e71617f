using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace MotCua.HostStandIn;

/// <summary>
/// One line per message, as a terminal reader wants it: time, level, category, message; an exception adds its type and
/// message, never a stack trace (the host's log is for operators, the worker's failures are its own to explain).
/// </summary>
internal sealed class HostConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "host";

    private readonly TimeProvider _time = TimeProvider.System;

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Exception is { } error)
        {
            message += $" ({error.GetType().Name}: {error.Message})";
        }

        textWriter.Write(_time.GetLocalNow().ToString("HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(' ');
        textWriter.Write(logEntry.Category);
        textWriter.Write(": ");
        textWriter.WriteLine(message.ReplaceLineEndings(" "));
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };
}
