using System.Diagnostics;
using MotCua.Domain.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Publishing;

namespace MotCua.Publisher.Verbs;

/// <summary>`build SITE_DIR --out DIR`: the static site into a folder, re-rendering only what changed.</summary>
public sealed class BuildVerb(TimeProvider clock, RunEnvironment? environment = null) : IVerb
{
    public string Name => "build";

    public string Usage => $"build {Placeholder.SiteDir} --out {Placeholder.OutDir}";

    public string Summary => $"Dựng trang vào {Placeholder.OutDir}, chỉ dựng lại phần đã đổi; còn lỗi thì không dựng";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        var outDir = args.Option("--out");
        if (string.IsNullOrEmpty(outDir))
        {
            throw new UsageException(UsageErrors.Missing($"--out {Placeholder.OutDir}"));
        }

        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync(DiagnosticReport.SiteNotFound(siteDir));
            return CommandLine.Failed;
        }

        var watch = Stopwatch.StartNew();
        var run = new SiteRun(siteDir, VietnamTime.Date(clock.GetUtcNow()))
        {
            Rendered = ProgressLine.Reporter(stdout),
            ReportAsync = problems => DiagnosticReport.WriteAsync(problems, stderr, stdout, environment ?? RunEnvironment.Process),
        };
        var result = await SitePipeline.RunAsync(run, new FolderSink(siteDir, outDir), cancellationToken);
        if (result.Outcome is not { } build)
        {
            await stderr.WriteLineAsync(Refused(result.Diagnostics));
            return CommandLine.Failed;
        }

        await stdout.WriteLineAsync(
            $"đã dựng {outDir}: {build.Rendered} trang dựng mới, {build.Unchanged} trang không đổi, {build.Deleted} trang đã xóa, trong {watch.ElapsedMilliseconds} ms");
        return CommandLine.Ok;
    }

    private static string Refused(IReadOnlyCollection<Domain.Sheets.Diagnostic> problems) =>
        $"chưa dựng trang: {DiagnosticReport.Summary(problems)}; sửa các lỗi ở trên rồi chạy lại";
}
