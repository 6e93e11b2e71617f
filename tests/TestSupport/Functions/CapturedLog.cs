using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MotCua.TestSupport.Functions;

/// <summary>What the host stand-in logged, one line per message (<c>Category: message</c>): what an operator would see.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Lines of one category, or of every category starting with it.</summary>
    public IReadOnlyList<string> Of(string categoryPrefix) =>
        [.. _lines.Where(l => l.StartsWith(categoryPrefix, StringComparison.Ordinal))];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
        // Nothing held.
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)}");
    }
}
