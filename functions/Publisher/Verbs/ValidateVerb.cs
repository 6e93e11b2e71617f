using MotCua.Domain.Text;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Publishing;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `validate SITE_DIR`: every problem in the editors' files, one per line, exit 1 on any error. It is the run that
/// `build`, `serve` and `publish` make, into a sink that writes nothing, so the four refuse the same things alike.
/// </summary>
public sealed class ValidateVerb(TimeProvider clock, RunEnvironment? environment = null) : IVerb
{
    public string Name => "validate";

    public string Usage => $"validate {Placeholder.SiteDir} [--published {Placeholder.PublishedCodes}]";

    public string Summary => "Kiểm tra các tệp thủ tục, các unit.yaml và sổ mã QR codes.yaml như khi dựng và đăng trang; in mỗi lỗi một dòng: tệp:dòng:cột: error|warning: nội dung";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync(DiagnosticReport.SiteNotFound(siteDir));
            return CommandLine.Failed;
        }

        var run = new SiteRun(siteDir, VietnamTime.Date(clock.GetUtcNow()))
        {
            ReportAsync = problems => DiagnosticReport.WriteAsync(problems, stdout, stdout, environment ?? RunEnvironment.Process),
        };
        var result = await SitePipeline.RunAsync(run, new ValidationSink(args.Option("--published")), cancellationToken);
        var sheets = result.Site.Units.Sum(u => u.Sheets.Count);
        await stdout.WriteLineAsync($"{DiagnosticReport.Summary(result.Diagnostics)} trong {result.Site.Units.Count} đơn vị, {sheets} tệp thủ tục");
        return result.Succeeded ? CommandLine.Ok : CommandLine.Failed;
    }
}
