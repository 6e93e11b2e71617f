using QRCoder;

namespace MotCua.Domain.Qr;

/// <summary>QR error-correction level: how much of the symbol may be lost (L 7%, M 15%, Q 25%, H 30%).</summary>
public enum QrEcc
{
    L,
    M,
    Q,
    H,
}

/// <summary>Parsing and mapping of <see cref="QrEcc"/>.</summary>
public static class QrEccLevels
{
    /// <summary>The level printed codes use: survives glare and dirt, and still fits version 3 for our URLs.</summary>
    public const QrEcc Default = QrEcc.Q;

    /// <summary>Reads "L", "M", "Q" or "H" in either case.</summary>
    public static bool TryParse(string? text, out QrEcc ecc)
    {
        ecc = Default;
        if (text is not { Length: 1 })
        {
            return false;
        }

        switch (char.ToUpperInvariant(text[0]))
        {
            case 'L': ecc = QrEcc.L; return true;
            case 'M': ecc = QrEcc.M; return true;
            case 'Q': ecc = QrEcc.Q; return true;
            case 'H': ecc = QrEcc.H; return true;
            default: return false;
        }
    }

    internal static QRCodeGenerator.ECCLevel ToQrCoder(this QrEcc ecc) => ecc switch
    {
        QrEcc.L => QRCodeGenerator.ECCLevel.L,
        QrEcc.M => QRCodeGenerator.ECCLevel.M,
        QrEcc.Q => QRCodeGenerator.ECCLevel.Q,
        QrEcc.H => QRCodeGenerator.ECCLevel.H,
        _ => throw new ArgumentOutOfRangeException(nameof(ecc), ecc, "unknown error-correction level"),
    };
}
