using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests.Pages;

/// <summary>
/// An office merged into a new ward: the ward's statistics list the old codes still scanned since the merger
/// (page, stats.json's <c>reprint</c>, stats.csv's <c>reprint</c> lines), counted against the old code.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReprintListPublisherTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset MonthEnd = new(2026, 9, 30, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly MergedFrom = new(2026, 9, 29);

    private static readonly ResolvedCodes Registry = new(
    [
        new CodeEntry("OLD1", CodeKind.Board, "tp-cu", "tp-cu/ho-tich", "Bảng niêm yết tầng 1", "/tp-cu/ho-tich/", Name: "Hộ tịch",
            SuccessorUnit: "phuong-moi", SuccessorPath: "/phuong-moi/ho-tich/", MergedFrom: MergedFrom),
        new CodeEntry("OLD2", CodeKind.Procedure, "tp-cu", "tp-cu/ho-tich/dang-ky-khai-sinh", "Tờ thủ tục", "/tp-cu/ho-tich/dang-ky-khai-sinh.html",
            SuccessorUnit: "phuong-moi", SuccessorPath: "/phuong-moi/ho-tich/dang-ky-khai-sinh.html", MergedFrom: MergedFrom),
        new CodeEntry("OLD3", CodeKind.Counter, "tp-cu", "tp-cu/quay-1", "Tại quầy", "/tp-cu/gop-y/quay-1.html",
            SuccessorUnit: "phuong-moi", SuccessorPath: "/phuong-moi/gop-y/quay-1.html", MergedFrom: MergedFrom),
        new CodeEntry("NEW1", CodeKind.Board, "phuong-moi", "phuong-moi/ho-tich", "Bảng niêm yết", "/phuong-moi/ho-tich/"),
    ]);

    [Fact]
    public async Task The_successors_statistics_list_the_old_codes_scanned_since_the_merger()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        await storage.Web.GetBlobClient("_data/codes.json").UploadAsync(new BinaryData(JsonSerializer.SerializeToUtf8Bytes(Registry)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, CancellationToken.None);
        var before = MonthEnd.AddHours(-60);
        var after = MonthEnd.AddHours(-40);
        var later = MonthEnd.AddHours(-10);
        await StatsEntities.InsertAsync(storage.Scans,
        [
            Scan("OLD1", "board", before), Scan("OLD1", "board", before),
            Scan("OLD1", "board", after), Scan("OLD1", "board", later), Scan("OLD1", "board", later), Scan("OLD1", "board", later, bot: true),
            Scan("OLD2", "procedure", after),
            Scan("OLD3", "counter", before),
            Scan("NEW1", "board", later, unit: "phuong-moi"),
        ]);

        await storage.Runner(new FakeTimeProvider(MonthEnd.AddHours(3))).RunOnceAsync(CancellationToken.None);

        var json = await storage.StatsJsonAsync("phuong-moi");
        var reprint = json.GetProperty("reprint").EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString(), r.GetProperty("unit").GetString(), r.GetProperty("placement").GetString(), r.GetProperty("scans").GetInt64(), r.GetProperty("last_scanned").GetString()))
            .ToList();
        Assert.Equal([("OLD1", "tp-cu", "Bảng niêm yết tầng 1", 3L, "2026-09-30"), ("OLD2", "tp-cu", "Tờ thủ tục", 1L, "2026-09-29")], reprint);
        Assert.Equal(1, json.GetProperty("totals").GetProperty("scans").GetInt64());
        Assert.False((await storage.StatsJsonAsync("tp-cu")).TryGetProperty("reprint", out _));

        var csv = Encoding.UTF8.GetString((await storage.Web.GetBlobClient("stats/phuong-moi/stats.csv").DownloadContentAsync(CancellationToken.None)).Value.Content.ToArray());
        Assert.Contains("2026-09-30,tp-cu,reprint,OLD1,board,tp-cu/ho-tich,Bảng niêm yết tầng 1,2,1,0,0,,,,,\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026-09-29,tp-cu,reprint,OLD2,procedure,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-09-28,tp-cu,reprint", csv, StringComparison.Ordinal);

        var page = (await storage.Web.GetBlobClient("stats/phuong-moi/index.html").DownloadContentAsync(CancellationToken.None)).Value;
        var html = Encoding.UTF8.GetString(Gzip.Decompress(page.Content.ToArray()));
        Assert.Contains("Mã QR cũ cần in lại", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>OLD1</td><td>Bảng lĩnh vực – Bảng niêm yết tầng 1</td><td>Hộ tịch</td><td class=\"n\">3</td><td>30/09/2026</td></tr>", html, StringComparison.Ordinal);
    }

    private static TableEntity Scan(string code, string kind, DateTimeOffset at, bool bot = false, string unit = "tp-cu")
    {
        var entry = Registry.Find(code)!;
        return StatsEntities.ScanOf(new StoredCode(code, kind, unit, entry.Target, entry.Placement), at, bot);
    }
}
