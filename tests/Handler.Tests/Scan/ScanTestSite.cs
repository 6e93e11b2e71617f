using System.Text;
using System.Text.Json;
using MotCua.Domain.Codes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Data;
using MotCua.Domain.Pages;

namespace MotCua.Handler.Tests.Scan;

/// <summary>A small published site in its own container of the shared Azurite: codes.json and gzip pages, as the publisher writes them.</summary>
internal static class ScanTestSite
{
    public const string ProcedurePath = "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html";
    public const string RetiredPath = "/tp-cao-bang/ho-tich/cap-ban-sao-cu.html";
    public const string OnlineUrl = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193";
    public const string ProcedureTitle = "Đăng ký khai sinh";
    public const string RetiredTitle = "Thủ tục này không còn áp dụng";

    /// <summary>Codes unique to one test class, so counts in the shared scans table are its own.</summary>
    public static (string Procedure, string Retired, string NoOnline) Codes(string prefix) => ($"{prefix}K", $"{prefix}R", $"{prefix}N");

    public static async Task SeedAsync(string connectionString, string container, string prefix)
    {
        var (procedure, retired, noOnline) = Codes(prefix);
        var codes = new ResolvedCodes(
        [
            new CodeEntry(procedure, CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "board-ho-tich", ProcedurePath, OnlineUrl),
            new CodeEntry(retired, CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/cap-ban-sao-cu", "sheet", RetiredPath, Retired: true),
            new CodeEntry(noOnline, CodeKind.Board, "tp-cao-bang", "tp-cao-bang/ho-tich", "board", "/tp-cao-bang/ho-tich/"),
        ]);
        var web = new BlobServiceClient(connectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(container);
        await web.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        await UploadAsync(web, "_data/codes.json", JsonSerializer.Serialize(codes), "application/json");
        await UploadAsync(web, ProcedurePath.TrimStart('/'), Page(ProcedureTitle), "text/html; charset=utf-8");
        await UploadAsync(web, RetiredPath.TrimStart('/'), Page(RetiredTitle), "text/html; charset=utf-8");
        await UploadAsync(web, "tp-cao-bang/ho-tich/index.html", Page("Hộ tịch"), "text/html; charset=utf-8");
    }

    private static string Page(string title) =>
        $"""<!doctype html><html lang="vi"><meta charset="utf-8"><title>{title}</title><h1>{title}</h1><a href="/tp-cao-bang/ho-tich/">Hộ tịch</a></html>""";

    private static async Task UploadAsync(BlobContainerClient container, string name, string text, string contentType)
    {
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(Gzip.Compress(Encoding.UTF8.GetBytes(text))), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, ContentEncoding = "gzip", CacheControl = "public, max-age=300" },
        }, CancellationToken.None);
    }
}
