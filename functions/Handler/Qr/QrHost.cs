using MotCua.Domain.Qr;

namespace MotCua.Handler.Qr;

/// <summary>The public host printed in QR URLs (configuration <c>Site:Host</c>), upper-cased and checked once at start.</summary>
public sealed class QrHost
{
    public QrHost(IConfiguration configuration)
    {
        Name = QrUrl.NormalizeHost(configuration["Site:Host"] ?? QrUrl.DefaultHost);
    }

    public string Name { get; }
}
