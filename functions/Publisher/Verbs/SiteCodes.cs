using MotCua.Domain.Codes;
using MotCua.Domain.Qr;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Verbs;

/// <summary>The site and its code registry loaded together for the code verbs; any error is printed and stops the verb.</summary>
internal static class SiteCodes
{
    public const string HostOption = "--host";
    public const string HostVariable = "SITE_HOST";

    public static async Task<(SiteModel Site, CodeRegistry Registry)?> LoadAsync(string siteDir, TextWriter stderr)
    {
        if (!Directory.Exists(siteDir))
        {
            await stderr.WriteLineAsync(DiagnosticReport.SiteNotFound(siteDir));
            return null;
        }

        var (site, siteDiagnostics) = SiteLoader.Load(siteDir);
        var (registry, registryDiagnostics) = CodeRegistryLoader.Load(siteDir);
        var errors = siteDiagnostics.Concat(registryDiagnostics).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            await DiagnosticReport.WriteAsync(errors, stderr);
            await stderr.WriteLineAsync($"{DiagnosticReport.Summary(errors)}: hãy sửa trước (xem chi tiết bằng: publisher validate {siteDir})");
            return null;
        }

        return (site, registry);
    }

    /// <summary>The public host for QR URLs: --host, else $SITE_HOST, else the placeholder (with a warning: never print it).</summary>
    public static async Task<string?> HostAsync(VerbArgs args, TextWriter stderr)
    {
        var host = args.Option(HostOption) ?? Environment.GetEnvironmentVariable(HostVariable);
        if (string.IsNullOrWhiteSpace(host))
        {
            await stderr.WriteLineAsync($"warning: không có {HostOption} và không có {HostVariable}; tạm dùng {QrUrl.DefaultHost}, không phải trang thật: đừng in các mã này");
            return QrUrl.DefaultHost;
        }

        try
        {
            return QrUrl.NormalizeHost(host);
        }
        catch (ArgumentException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }
    }
}
