using System.Globalization;
using MotCua.Domain.Codes;
using MotCua.Domain.Qr;

namespace MotCua.Handler.Qr;

/// <summary>The image format a QR request asks for, from the file extension.</summary>
public enum QrImageFormat
{
    Svg,
    Png,
}

/// <summary>A parsed <c>GET /api/qr/{CODE}.{svg|png}?ecc=&amp;size=</c>, or the reason it cannot be served.</summary>
public sealed record QrImageRequest(string Code, QrImageFormat Format, QrEcc Ecc, int? ModuleSize)
{
    /// <summary>Pixels per module of a PNG when the request does not say.</summary>
    public const int DefaultModuleSize = 10;

    /// <summary>Parses the route value and query; on failure <paramref name="problem"/> is the 400 reason.</summary>
    public static QrImageRequest? Parse(string file, string? ecc, string? size, out string? problem)
    {
        problem = null;
        var dot = file.LastIndexOf('.');
        var format = dot < 0 ? (QrImageFormat?)null : file[(dot + 1)..].ToUpperInvariant() switch
        {
            "SVG" => QrImageFormat.Svg,
            "PNG" => QrImageFormat.Png,
            _ => null,
        };
        if (format is null)
        {
            problem = $"'{file}': ảnh mã QR có dạng MÃ.svg hoặc MÃ.png (ví dụ HT2K.png)";
            return null;
        }

        var eccLevel = QrEccLevels.Default;
        if (ecc is not null && !QrEccLevels.TryParse(ecc, out eccLevel))
        {
            problem = $"ecc='{ecc}': mức sửa lỗi là L, M, Q hoặc H";
            return null;
        }

        int? moduleSize = null;
        if (size is not null)
        {
            if (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                || parsed is < QrPngRenderer.MinModuleSize or > QrPngRenderer.MaxModuleSize)
            {
                problem = $"size='{size}': cỡ mỗi ô là số nguyên từ {QrPngRenderer.MinModuleSize} đến {QrPngRenderer.MaxModuleSize} điểm ảnh";
                return null;
            }

            moduleSize = parsed;
        }

        return new QrImageRequest(file[..dot], format.Value, eccLevel, moduleSize);
    }

    /// <summary>Whether the code part can be a code at all; anything else is simply not found.</summary>
    public bool IsWellFormedCode => CodeAlphabet.IsValid(Code);
}
