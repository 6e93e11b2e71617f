using System.Diagnostics;
using MotCua.Publisher.Cli;
using MotCua.Domain.Text;

namespace MotCua.Publisher.Verbs;

/// <summary>`build SITE_DIR --out DIR`: the static site into a folder, re-rendering only what changed.</summary>
public sealed class BuildVerb(TimeProvider clock, RunEnvironment? environment = null) : IVerb
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
            await stderr.WriteLineAsync(DiagnosticReport.SiteNotFound(siteDir));
            return CommandLine.Failed;
        }

        var watch = Stopwatch.StartNew();
        var result = SiteBuild.Run(siteDir, outDir, VietnamTime.Date(clock.GetUtcNow()), ProgressLine.Reporter(stdout));
        await DiagnosticReport.WriteAsync(result.Diagnostics, stderr, stdout, environment ?? RunEnvironment.Process);
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync(Refused(result.Diagnostics));
            return CommandLine.Failed;
        }

        await stdout.WriteLineAsync(
            $"đã dựng {outDir}: {result.Rendered} trang dựng mới, {result.Unchanged} trang không đổi, {result.Deleted} trang đã xóa, trong {watch.ElapsedMilliseconds} ms");
        return CommandLine.Ok;
    }

    private static string Refused(IReadOnlyCollection<Domain.Sheets.Diagnostic> problems) =>
        $"chưa dựng trang: {DiagnosticReport.Summary(problems)}; sửa các lỗi ở trên rồi chạy lại";
}
