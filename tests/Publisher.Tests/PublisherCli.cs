using MotCua.Publisher.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests;

/// <summary>The publisher's command line run in process: its exit code and what it wrote to each stream.</summary>
internal static class PublisherCli
{
    /// <summary>Every verb, on the test clock.</summary>
    public static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => RunAsync(VerbCatalog.Create(TestClock.Create()), args);

    /// <summary>Only <paramref name="verbs"/>, built as the test needs them (another environment, a faulty verb).</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(IVerb[] verbs, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(verbs, args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
