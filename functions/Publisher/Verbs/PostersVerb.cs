using MotCua.Domain.Posters;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Publishing;

namespace MotCua.Publisher.Verbs;

/// <summary>`posters SITE_DIR --out DIR`: A4 print pages under DIR/posters/&lt;unit&gt;/, one per board or counter code and one with all.</summary>
public sealed class PostersVerb : IVerb
{
    public string Name => "posters";

    public string Usage => $"posters {Placeholder.SiteDir} --out {Placeholder.OutDir} [--host {Placeholder.Host}]";

    public string Summary => $"Viết áp phích A4 để in cho các bảng và quầy, mỗi đơn vị vào {Placeholder.OutDir}/posters/{Placeholder.Unit}/";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        var outDir = args.Option("--out");
        if (string.IsNullOrEmpty(outDir))
        {
            throw new UsageException(UsageErrors.Missing($"--out {Placeholder.OutDir}"));
        }

        var host = await SiteCodes.HostAsync(args, stderr);
        var loaded = host is null ? null : await SiteCodes.LoadAsync(siteDir, stderr);
        if (loaded is not var (site, registry))
        {
            return CommandLine.Failed;
        }

        var folders = new OutputFolders();
        var written = 0;
        foreach (var unit in PosterPlanner.Plan(registry, site, host!))
        {
            foreach (var file in SiteFiles.Posters(unit))
            {
                folders.Create(Path.GetFullPath(Path.Combine(outDir, file.BlobName)), file.Bytes);
            }

            written += unit.Posters.Count;
            await stdout.WriteLineAsync($"{Path.Combine(outDir, SiteFiles.PosterFolder(unit))}: {unit.Posters.Count} áp phích, và index.html để in tất cả");
        }

        if (written == 0)
        {
            await stderr.WriteLineAsync("warning: chưa bảng hay quầy nào có mã QR; hãy chạy: publisher assign " + siteDir);
        }

        return CommandLine.Ok;
    }
}
