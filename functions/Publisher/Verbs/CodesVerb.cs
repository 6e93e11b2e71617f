using MotCua.Domain.Codes;
using MotCua.Domain.Qr;

namespace MotCua.Publisher.Verbs;

/// <summary>`codes SITE_DIR`: the registry, one tab-separated line per code, sorted by code.</summary>
public sealed class CodesVerb : IVerb
{
    public string Name => "codes";

    public string Usage => "codes SITE_DIR [--host HOST]";

    public string Summary => "liệt kê các mã: mã, loại, trang đích, nơi đặt, địa chỉ QR (tên miền lấy từ --host hoặc SITE_HOST)";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var siteDir = args.Required(0, "SITE_DIR");
        var host = await SiteCodes.HostAsync(args, stderr);
        var loaded = host is null ? null : await SiteCodes.LoadAsync(siteDir, stderr);
        if (loaded is not var (site, registry))
        {
            return CommandLine.Failed;
        }

        var resolved = CodeResolver.Resolve(registry, site);
        foreach (var entry in resolved.Codes)
        {
            var kind = entry.Kind.ToString().ToLowerInvariant();
            await stdout.WriteLineAsync($"{entry.Code}\t{kind}\t{entry.Target}\t{entry.Placement}\t{QrUrl.For(host!, entry.Code)}");
        }

        return CommandLine.Ok;
    }
}
