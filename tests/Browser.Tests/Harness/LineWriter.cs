using System.Text;

namespace MotCua.Browser.Tests.Harness;

/// <summary>A thread-safe writer that keeps what a verb prints and lets a test wait for a line.</summary>
public sealed class LineWriter : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private readonly List<(string Prefix, TaskCompletionSource<string> Found)> _waiting = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            _text.Append(value);
            if (value == '\n')
            {
                var text = _text.ToString().TrimEnd('\n');
                var line = text[(text.LastIndexOf('\n') + 1)..];
                foreach (var wait in _waiting.Where(w => line.StartsWith(w.Prefix, StringComparison.Ordinal)).ToList())
                {
                    _waiting.Remove(wait);
                    wait.Found.TrySetResult(line);
                }
            }
        }
    }

    /// <summary>The next line that starts with <paramref name="prefix"/>.</summary>
    public Task<string> WaitForAsync(string prefix)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting.Add((prefix, found));
        }

        return found.Task;
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }
}
