using System.Text.Json;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using MotCua.Handler.Tests.Hosting;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Qr;

/// <summary>A registry of three codes published to <c>$web</c>, and the app on it with the host QR.CAOBANG.GOV.VN.</summary>
public sealed class QrApp : AppFixture
{
    public const string Host = "qr.caobang.gov.vn";

    public static readonly ResolvedCodes Codes = new(
    [
        new CodeEntry("HT2K", CodeKind.Board, "tp-cao-bang", "tp-cao-bang/ho-tich", "Bảng niêm yết tầng 1", "/tp-cao-bang/ho-tich/"),
        new CodeEntry("7QXM", CodeKind.Counter, "tp-cao-bang", "tp-cao-bang/quay-1", "Quầy số 1", "/tp-cao-bang/gop-y/quay-1.html"),
        new CodeEntry("KS3A9Z", CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "Tờ thủ tục", "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html"),
    ]);

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [KeyValuePair.Create("Site:Host", Host)];

    protected override async Task SeedAsync(string connectionString)
    {
        var container = await WebSiteSeeder.ContainerAsync(connectionString, "$web");
        await WebSiteSeeder.PutAsync(container, SitePaths.BlobName(SitePaths.CodesJson), JsonSerializer.SerializeToUtf8Bytes(Codes), "application/json; charset=utf-8");
    }
}
