using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Publisher.Cli;

/// <summary>
/// Long work reports progress as plain lines, `  120/2000 (6%)`, about every 5%: readable in a CI log, and drawn as a
/// progress bar instead when a person watches a terminal (see <see cref="TerminalProgress"/>).
/// </summary>
internal static partial class ProgressLine
{
    /// <summary>Below this many items the work is over before a bar would help; no lines are printed.</summary>
    public const int MinimumTotal = 200;

    private const int Steps = 20;

    public static string Format(int done, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"  {done}/{total} ({done * 100 / total}%)");

    public static bool TryParse(string line, out int done, out int total)
    {
        var match = Pattern().Match(line);
        done = match.Success ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : 0;
        total = match.Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    /// <summary>A callback that writes a line every 5% of a large piece of work (it may be called from several threads).</summary>
    public static Action<int, int> Reporter(TextWriter writer)
    {
        var gate = new Lock();
        return (done, total) =>
        {
            if (total >= MinimumTotal && (done % Math.Max(1, total / Steps) == 0 || done == total))
            {
                lock (gate)
                {
                    writer.WriteLine(Format(done, total));
                }
            }
        };
    }

    [GeneratedRegex(@"^\s+(\d+)/(\d+) \(\d+%\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
