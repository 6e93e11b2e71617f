using System.Text.Json;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using MotCua.Handler.Tests.Hosting;
using MotCua.Handler.Tests.Site;

namespace MotCua.Handler.Tests.Qr;

/// <summary>Publishes a registry of three codes to a fresh container in Azurite and starts the handler on it, host QR.CAOBANG.GOV.VN.</summary>
internal static class QrHandlerFactory
{
    public const string Host = "qr.caobang.gov.vn";

    public static readonly ResolvedCodes Codes = new(
    [
        new CodeEntry("HT2K", CodeKind.Board, "tp-cao-bang", "tp-cao-bang/ho-tich", "Bảng niêm yết tầng 1", "/tp-cao-bang/ho-tich/"),
        new CodeEntry("7QXM", CodeKind.Counter, "tp-cao-bang", "tp-cao-bang/quay-1", "Quầy số 1", "/tp-cao-bang/gop-y/quay-1.html"),
        new CodeEntry("KS3A9Z", CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "Tờ thủ tục", "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html"),
    ]);

    public static async Task<HandlerFactory> StartAsync(string connectionString, string containerName)
    {
        var container = await WebSiteSeeder.ContainerAsync(connectionString, containerName);
        await WebSiteSeeder.PutAsync(container, SitePaths.BlobName(SitePaths.CodesJson), JsonSerializer.SerializeToUtf8Bytes(Codes), "application/json; charset=utf-8");
        return new HandlerFactory()
            .With("Storage:ConnectionString", connectionString)
            .With("Storage:WebContainer", containerName)
            .With("Site:Host", Host);
    }
}
