using Spectre.Console;

namespace MotCua.Publisher.Cli;

/// <summary>
/// On a terminal a person is watching, long verbs show a progress bar (Spectre.Console) in place of their
/// `done/total` lines. Anywhere else (output redirected, CI=true, TERM=dumb) nothing changes: CI logs keep plain
/// lines and no control codes.
/// </summary>
internal static class TerminalProgress
{
    /// <summary>The verbs whose work takes long enough to be worth a bar.</summary>
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(StringComparer.Ordinal) { "build", "publish", "import" };

    public static bool IsWatched(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
        && !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Runs <paramref name="work"/> with a writer that turns progress lines into the bar and prints every other line above it.</summary>
    public static async Task<int> RunAsync(string label, Func<TextWriter, Task<int>> work)
    {
        var exit = 0;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                await using var writer = new ProgressBarWriter(context, label);
                exit = await work(writer);
            });
        return exit;
    }
}
