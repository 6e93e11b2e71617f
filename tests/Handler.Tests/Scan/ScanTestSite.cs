using System.Text.Json;
using MotCua.Domain.Codes;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Scan;

/// <summary>A small published site in its own container of the shared Azurite: codes.json and gzip pages, as the publisher writes them.</summary>
internal static class ScanTestSite
{
    public const string ProcedurePath = "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html";
    public const string RetiredPath = "/tp-cao-bang/ho-tich/cap-ban-sao-cu.html";
    public const string OnlineUrl = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193";
    public const string ProcedureTitle = "Đăng ký khai sinh";
    public const string RetiredTitle = "Thủ tục này không còn áp dụng";

    /// <summary>A code prefix no other test uses: <c>T</c> and six hex digits, upper case as printed codes are.</summary>
    public static string NewPrefix() => "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>Codes unique to one test class, so counts in the shared scans table are its own.</summary>
    public static (string Procedure, string Retired, string NoOnline) Codes(string prefix) => ($"{prefix}K", $"{prefix}R", $"{prefix}N");

    public static Task SeedAsync(string connectionString, string container, string prefix) =>
        SeedAsync(connectionString, container, [prefix]);

    /// <summary>One registry with the three codes of every prefix, and the pages they open.</summary>
    public static async Task SeedAsync(string connectionString, string container, IReadOnlyList<string> prefixes)
    {
        var codes = new ResolvedCodes([.. prefixes.SelectMany(prefix =>
        {
            var (procedure, retired, noOnline) = Codes(prefix);
            return new[]
            {
                new CodeEntry(procedure, CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "board-ho-tich", ProcedurePath, OnlineUrl),
                new CodeEntry(retired, CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/cap-ban-sao-cu", "sheet", RetiredPath, Retired: true),
                new CodeEntry(noOnline, CodeKind.Board, "tp-cao-bang", "tp-cao-bang/ho-tich", "board", "/tp-cao-bang/ho-tich/"),
            };
        })]);
        var web = await WebSiteSeeder.ContainerAsync(connectionString, container);
        await WebSiteSeeder.PutAsync(web, "_data/codes.json", JsonSerializer.SerializeToUtf8Bytes(codes), "application/json");
        await WebSiteSeeder.PutHtmlAsync(web, ProcedurePath.TrimStart('/'), Page(ProcedureTitle));
        await WebSiteSeeder.PutHtmlAsync(web, RetiredPath.TrimStart('/'), Page(RetiredTitle));
        await WebSiteSeeder.PutHtmlAsync(web, "tp-cao-bang/ho-tich/index.html", Page("Hộ tịch"));
    }

    private static string Page(string title) =>
        $"""<!doctype html><html lang="vi"><meta charset="utf-8"><title>{title}</title><h1>{title}</h1><a href="/tp-cao-bang/ho-tich/">Hộ tịch</a></html>""";
}
