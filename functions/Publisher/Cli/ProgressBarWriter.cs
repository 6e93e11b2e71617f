using System.Text;
using Spectre.Console;

namespace MotCua.Publisher.Cli;

/// <summary>A writer for a verb's output under a live progress display: progress lines move the bar, other lines print above it.</summary>
internal sealed class ProgressBarWriter(ProgressContext context, string label) : TextWriter
{
    private readonly StringBuilder _line = new();
    private ProgressTask? _bar;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value != '\n')
        {
            _line.Append(value);
            return;
        }

        var line = _line.ToString().TrimEnd('\r');
        _line.Clear();
        if (ProgressLine.TryParse(line, out var done, out var total))
        {
            _bar ??= context.AddTask(label, maxValue: total);
            _bar.MaxValue = total;
            _bar.Value = done;
            context.Refresh();
        }
        else
        {
            AnsiConsole.WriteLine(line);
        }
    }
}
