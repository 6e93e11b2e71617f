using MotCua.Domain.Codes;
using MotCua.Domain.Qr;
using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Verbs;

/// <summary>`codes SITE_DIR`: the registry, one tab-separated line per code, sorted by code.</summary>
public sealed class CodesVerb : IVerb
{
    public string Name => "codes";

    public string Usage => $"codes {Placeholder.SiteDir} [--host {Placeholder.Host}]";

    public string Summary => "Liệt kê các mã QR, mỗi mã một dòng: mã, loại, trang mở ra, nơi treo, địa chỉ in trong mã; tên miền lấy từ --host hoặc biến môi trường SITE_HOST";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, Placeholder.SiteDir);
        var host = await SiteCodes.HostAsync(args, stderr);
        var loaded = host is null ? null : await SiteCodes.LoadAsync(siteDir, stderr);
        if (loaded is not var (site, registry))
        {
            return CommandLine.Failed;
        }

        var resolved = CodeResolver.Resolve(registry, site);
        foreach (var entry in resolved.Codes)
        {
            var kind = CodeKinds.Word(entry.Kind);
            await stdout.WriteLineAsync($"{entry.Code}\t{kind}\t{entry.Target}\t{entry.Placement}\t{QrUrl.For(host!, entry.Code)}");
        }

        return CommandLine.Ok;
    }
}
