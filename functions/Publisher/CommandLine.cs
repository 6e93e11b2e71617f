using MotCua.Publisher.Verbs;

namespace MotCua.Publisher;

/// <summary>Dispatches `publisher VERB ...` and turns every failure into one clear line, never a stack trace.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private static readonly IVerb[] Verbs = VerbCatalog.All;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await WriteHelpAsync(stdout);
            return args.Length == 0 ? Usage : Ok;
        }

        var verb = Array.Find(Verbs, v => string.Equals(v.Name, args[0], StringComparison.Ordinal));
        if (verb is null)
        {
            await stderr.WriteLineAsync($"error: unknown verb '{args[0]}'. Verbs: {string.Join(", ", Verbs.Select(v => v.Name))}");
            return Usage;
        }

        VerbArgs parsed;
        try
        {
            parsed = VerbArgs.Parse(args.AsSpan(1).ToArray(), verb.Flags);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            await stderr.WriteLineAsync($"usage: publisher {verb.Usage}");
            return Usage;
        }

        try
        {
            return await verb.RunAsync(parsed, stdout, stderr, cancellationToken);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            await stderr.WriteLineAsync($"usage: publisher {verb.Usage}");
            return Usage;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("interrupted: nothing half-written; run the same command again to finish.");
            return Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Azure.RequestFailedException or HttpRequestException or FormatException)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Failed;
        }
    }

    private static async Task WriteHelpAsync(TextWriter stdout)
    {
        await stdout.WriteLineAsync("usage: publisher VERB [arguments]");
        foreach (var verb in Verbs)
        {
            await stdout.WriteLineAsync($"  {verb.Usage,-60} {verb.Summary}");
        }
    }
}
