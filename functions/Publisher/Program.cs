namespace MotCua.Publisher;

/// <summary>
/// The entry point. A named class rather than top-level statements: with ASP.NET Core referenced (for `serve`), a
/// top-level Program would be made public and clash with the functions app's Program in the tests that load both.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl+C lets a long `publish` stop between uploads instead of mid-write (`serve` stops through its host).
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return await CommandLine.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, stop.Token);
    }
}
