using System.Diagnostics;
using MotCua.Publisher.Cli;
using MotCua.Domain.Text;

namespace MotCua.Publisher.Verbs;

/// <summary>`build SITE_DIR --out DIR`: the static site into a folder, re-rendering only what changed.</summary>
public sealed class BuildVerb(TimeProvider clock) : IVerb
{
    public string Name => "build";

    public string Usage => "build SITE_DIR --out DIR";

    public string Summary => "render the site into DIR (incremental; refuses to build with errors)";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
        var outDir = args.Option("--out");
        if (string.IsNullOrEmpty(outDir))
        {
            await stderr.WriteLineAsync("error: missing --out DIR");
            await stderr.WriteLineAsync($"usage: publisher {Usage}");
            return CommandLine.Usage;
        }

        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync($"error: site folder '{siteDir}' not found");
            return CommandLine.Failed;
        }

        var watch = Stopwatch.StartNew();
        var result = SiteBuild.Run(siteDir, outDir, VietnamTime.Date(clock.GetUtcNow()), ProgressLine.Reporter(stdout));
        await DiagnosticReport.WriteAsync(result.Diagnostics, stderr);
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"build refused: {DiagnosticReport.Summary(result.Diagnostics)}; fix the errors above and build again");
            return CommandLine.Failed;
        }

        await stdout.WriteLineAsync(
            $"built {outDir}: {result.Rendered} pages rendered, {result.Unchanged} unchanged, {result.Deleted} removed in {watch.ElapsedMilliseconds} ms");
        return CommandLine.Ok;
    }
}
