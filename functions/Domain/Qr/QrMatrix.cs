using QRCoder;

namespace MotCua.Domain.Qr;

/// <summary>
/// The modules of one QR symbol, without its quiet zone: the data model every renderer draws.
/// Upper-case text made of digits, A–Z and <c> $%*+-./:</c> is encoded in alphanumeric mode by QRCoder,
/// which is what keeps our URLs at version 2–3.
/// </summary>
public sealed class QrMatrix
{
    /// <summary>Light modules every renderer draws around the symbol, as ISO/IEC 18004 asks.</summary>
    public const int QuietZone = 4;

    private readonly bool[] _dark;

    private QrMatrix(int version, QrEcc ecc, int size, bool[] dark)
    {
        Version = version;
        Ecc = ecc;
        Size = size;
        _dark = dark;
    }

    /// <summary>QR version 1–40; the symbol is 17 + 4 × version modules wide.</summary>
    public int Version { get; }

    public QrEcc Ecc { get; }

    /// <summary>Modules per side, quiet zone excluded.</summary>
    public int Size { get; }

    /// <summary>Whether the module at <paramref name="row"/>, <paramref name="column"/> (0-based, quiet zone excluded) is dark.</summary>
    public bool this[int row, int column] => _dark[(row * Size) + column];

    /// <summary>Encodes <paramref name="text"/> at the smallest version that holds it at <paramref name="ecc"/>.</summary>
    public static QrMatrix Encode(string text, QrEcc ecc)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);

        // The static generator keeps no state between calls, so concurrent requests share it safely.
        using var data = QRCodeGenerator.GenerateQrCode(text, ecc.ToQrCoder());
        var version = data.Version;
        var size = 17 + (4 * version);

        // QRCoder pads its matrix with its own quiet zone; keep only the symbol so renderers own the margin.
        var padding = (data.ModuleMatrix.Count - size) / 2;
        var dark = new bool[size * size];
        for (var row = 0; row < size; row++)
        {
            var bits = data.ModuleMatrix[row + padding];
            for (var column = 0; column < size; column++)
            {
                dark[(row * size) + column] = bits[column + padding];
            }
        }

        return new QrMatrix(version, ecc, size, dark);
    }
}
