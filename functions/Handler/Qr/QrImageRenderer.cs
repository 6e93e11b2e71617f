using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Qr;

namespace MotCua.Handler.Qr;

/// <summary>A rendered QR image with its content type and strong ETag.</summary>
public sealed record QrImage(byte[] Content, string ContentType, string ETag);

/// <summary>
/// Renders the QR image for a code's URL. The ETag is a hash of everything the bytes depend on (renderer version,
/// format, URL, level, size), so a 304 needs no rendering.
/// </summary>
public sealed class QrImageRenderer
{
    /// <summary>Bump when a renderer's output changes, so caches holding the old bytes under "immutable" get new URLs' ETags.</summary>
    private const string RendererVersion = "1";

    public static string ETagFor(string url, QrImageRequest request)
    {
        var key = $"{RendererVersion}|{request.Format}|{url}|{request.Ecc}|{request.ModuleSize?.ToString(CultureInfo.InvariantCulture) ?? "-"}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
    }

    public QrImage Render(string url, QrImageRequest request)
    {
        var matrix = QrMatrix.Encode(url, request.Ecc);
        var etag = ETagFor(url, request);
        if (request.Format == QrImageFormat.Png)
        {
            var png = QrPngRenderer.Instance.Render(matrix, request.ModuleSize ?? QrImageRequest.DefaultModuleSize);
            return new QrImage(png, "image/png", etag);
        }

        var side = (matrix.Size + (2 * QrMatrix.QuietZone)) * request.ModuleSize;
        var svg = QrSvgRenderer.Instance.Render(matrix, side?.ToString(CultureInfo.InvariantCulture), url);
        return new QrImage(Encoding.UTF8.GetBytes(svg), "image/svg+xml", etag);
    }
}
