using System.Text.Json;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Security;

/// <summary>
/// A published site whose registry holds what an attacker (or a careless edit) could put there, served by the app:
/// a good portal link, a plain-http one, one to a foreign host and one that hides a foreign host behind a user name.
/// Starting the app is all this class does; the tests only send requests and read answers.
/// </summary>
internal sealed class HostileSite : IAsyncDisposable
{
    public const string Unit = "tp-cao-bang";

    /// <summary>A code written as printed codes are (the test codes' prefixes are not): its QR image is served.</summary>
    public const string QrCode = "KS3A9Z";

    private readonly FunctionsApp _app;

    private HostileSite(FunctionsApp app, string prefix)
    {
        _app = app;
        Prefix = prefix;
    }

    public string Prefix { get; }

    public HttpClient Client => _app.Client;

    /// <summary>Each code's online link, by the code's last letter.</summary>
    public static IReadOnlyDictionary<string, string> Links { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["G"] = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193",
        ["H"] = "http://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193",
        ["F"] = "https://dichvucong-gov.vn.example/dang-nhap",
        ["U"] = "https://dichvucong.gov.vn@evil.example/dang-nhap",
        ["P"] = "https://dichvucong.gov.vn:8443/dang-nhap",
    };

    public static async Task<HostileSite> StartAsync(string connectionString)
    {
        var prefix = "X" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var container = await WebSiteSeeder.ContainerAsync(connectionString, UniqueNames.Container("web-hostile"));
        var codes = Links.Select(l => new CodeEntry(prefix + l.Key, CodeKind.Procedure, Unit, $"{Unit}/ho-tich/thu-tuc-{l.Key.ToLowerInvariant()}", "to-thu-tuc",
            $"/{Unit}/ho-tich/thu-tuc-{l.Key.ToLowerInvariant()}.html", l.Value))
            .Append(new CodeEntry(QrCode, CodeKind.Procedure, Unit, $"{Unit}/ho-tich/dang-ky-khai-sinh", "to-thu-tuc", $"/{Unit}/ho-tich/dang-ky-khai-sinh.html")).ToList();
        await WebSiteSeeder.PutAsync(container, SitePaths.BlobName(SitePaths.CodesJson), JsonSerializer.SerializeToUtf8Bytes(new ResolvedCodes(codes)), "application/json");
        await WebSiteSeeder.PutAsync(container, SitePaths.BlobName(SitePaths.SurveyJson), SurveyCatalogJson.Serialize(SurveySamples.Catalog), PagePlan.JsonContentType);
        foreach (var code in codes)
        {
            await WebSiteSeeder.PutHtmlAsync(container, SitePaths.BlobName(code.Path), $"""<!doctype html><html lang="vi"><meta charset="utf-8"><title>{code.Code}</title><h1>{code.Code}</h1></html>""");
        }

        var app = await FunctionsApp.StartAsync(
            connectionString, [KeyValuePair.Create("Storage:WebContainer", container.Name), KeyValuePair.Create("Site:Host", "QR.CAOBANG.GOV.VN")]);
        return new HostileSite(app, prefix);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
