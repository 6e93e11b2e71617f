using MotCua.Domain.Posters;
using MotCua.Publisher.Cli;
using MotCua.Publisher.Publishing;

namespace MotCua.Publisher.Verbs;

/// <summary>`posters SITE_DIR --out DIR`: A4 print pages under DIR/posters/&lt;unit&gt;/, one per board or counter code and one with all.</summary>
public sealed class PostersVerb : IVerb
{
    public string Name => "posters";

    public string Usage => "posters SITE_DIR --out DIR [--host HOST]";

    public string Summary => "viết áp phích A4 để in, cho bảng niêm yết và quầy, vào DIR/posters/<unit>/";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
        var outDir = args.Option("--out");
        if (string.IsNullOrEmpty(outDir))
        {
            throw new UsageException(UsageErrors.Missing("--out DIR"));
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
            await stdout.WriteLineAsync($"{Path.Combine(outDir, SiteFiles.PosterFolder(unit))}: {unit.Posters.Count} posters and index.html");
        }

        if (written == 0)
        {
            await stderr.WriteLineAsync("warning: chưa bảng hay quầy nào có mã; hãy chạy: publisher assign " + siteDir);
        }

        return CommandLine.Ok;
    }
}
