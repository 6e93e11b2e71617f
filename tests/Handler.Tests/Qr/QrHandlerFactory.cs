using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Codes;
using MotCua.Handler.Qr;
using MotCua.Handler.Tests.Hosting;

namespace MotCua.Handler.Tests.Qr;

/// <summary>The handler with a published registry of three codes and the host QR.CAOBANG.GOV.VN.</summary>
public sealed class QrHandlerFactory : HandlerFactory
{
    public const string Host = "qr.caobang.gov.vn";

    public static readonly ResolvedCodes Codes = new(
    [
        new CodeEntry("HT2K", CodeKind.Board, "tp-cao-bang", "tp-cao-bang/ho-tich", "Bảng niêm yết tầng 1", "/tp-cao-bang/ho-tich/"),
        new CodeEntry("7QXM", CodeKind.Counter, "tp-cao-bang", "tp-cao-bang/quay-1", "Quầy số 1", "/tp-cao-bang/gop-y/quay-1.html"),
        new CodeEntry("KS3A9Z", CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "Tờ thủ tục", "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html"),
    ]);

    public QrHandlerFactory() => With("Site:Host", Host);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IQrCodeLookup>(new PublishedCodes(Codes)));
    }

    private sealed class PublishedCodes(ResolvedCodes codes) : IQrCodeLookup
    {
        public ValueTask<CodeEntry?> FindAsync(string code, CancellationToken cancellationToken) => ValueTask.FromResult(codes.Find(code));
    }
}
