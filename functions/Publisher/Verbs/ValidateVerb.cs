using MotCua.Data.Codes;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;

namespace MotCua.Publisher.Verbs;

/// <summary>`validate SITE_DIR`: every problem in the editors' files, one per line, exit 1 on any error.</summary>
public sealed class ValidateVerb(TimeProvider clock, RunEnvironment? environment = null) : IVerb
{
    public string Name => "validate";

    public string Usage => "validate SITE_DIR [--published CODES_JSON]";

    public string Summary => "kiểm tra các phiếu thủ tục, tệp đơn vị và codes.yaml; in mỗi lỗi một dòng: tệp:dòng:cột: error|warning: nội dung";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync(DiagnosticReport.SiteNotFound(siteDir));
            return CommandLine.Failed;
        }

        var today = VietnamTime.Date(clock.GetUtcNow());
        var (site, siteDiagnostics) = SiteValidator.Validate(siteDir, today, new PageBudget());
        var diagnostics = siteDiagnostics.Concat(await ValidateCodesAsync(siteDir, site, args.Option("--published"), cancellationToken)).ToList();
        await DiagnosticReport.WriteAsync(diagnostics, stdout, stdout, environment ?? RunEnvironment.Process);
        var sheets = site.Units.Sum(u => u.Sheets.Count);
        await stdout.WriteLineAsync($"{DiagnosticReport.Summary(diagnostics)} trong {site.Units.Count} đơn vị, {sheets} phiếu thủ tục");
        return diagnostics.Any(d => d.IsError) ? CommandLine.Failed : CommandLine.Ok;
    }

    /// <summary>
    /// The registry's problems; with --published (the last published /_data/codes.json), also every code that
    /// was published and is now missing, since a printed code must never stop working.
    /// </summary>
    private static async Task<IReadOnlyList<Diagnostic>> ValidateCodesAsync(string siteDir, SiteModel site, string? publishedFile, CancellationToken cancellationToken)
    {
        var (registry, diagnostics) = CodeRegistryLoader.Load(siteDir);
        var published = publishedFile is null ? null : CodesFile.CodesOf(CodesFile.Parse(await File.ReadAllBytesAsync(publishedFile, cancellationToken)));
        return [.. diagnostics, .. CodeRegistryValidator.Validate(registry, site, published)];
    }
}
