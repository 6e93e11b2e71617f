using Microsoft.Extensions.Options;
using MotCua.Domain.Qr;
using MotCua.Handler.Site;

namespace MotCua.Handler.Qr;

/// <summary>The public host printed in QR URLs (configuration <c>Site:Host</c>), upper-cased once at start.</summary>
public sealed class QrHost(IOptions<SiteOptions> options)
{
    public string Name { get; } = QrUrl.NormalizeHost(options.Value.Host);
}
