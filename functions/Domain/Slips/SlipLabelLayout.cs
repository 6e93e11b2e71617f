using System.Globalization;

namespace MotCua.Domain.Slips;

/// <summary>
/// A sheet of adhesive labels: how many, their size and where the first one starts, in millimetres on A4 portrait.
/// The labels' grid must match the sheet bought, printed at 100 % with no margins, or every label is cut in two.
/// </summary>
public sealed record SlipLabelLayout(string Name, string Description, int Columns, int Rows, double Width, double Height, double Left, double Top, double PitchX, double PitchY)
{
    /// <summary>A4 with 24 labels of 70 × 37 mm, 3 × 8, edge to edge: the grid stationers sell as "decal A4 chia 24 ô".</summary>
    public static readonly SlipLabelLayout A4x24 = new("a4-24", "A4, 24 nhãn 70 × 37 mm (3 cột × 8 hàng, sát mép giấy)", 3, 8, 70, 37, 0, 0.5, 70, 37);

    /// <summary>A4 with 21 labels of 63.5 × 38.1 mm, 3 × 7 (the grid of Avery L7160 and its equivalents).</summary>
    public static readonly SlipLabelLayout A4x21 = new("a4-21", "A4, 21 nhãn 63,5 × 38,1 mm (3 cột × 7 hàng, khổ L7160)", 3, 7, 63.5, 38.1, 7.25, 15.15, 66.0, 38.1);

    /// <summary>A4 with 14 labels of 99.1 × 38.1 mm, 2 × 7 (the grid of Avery L7163): room for a larger office name.</summary>
    public static readonly SlipLabelLayout A4x14 = new("a4-14", "A4, 14 nhãn 99,1 × 38,1 mm (2 cột × 7 hàng, khổ L7163)", 2, 7, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1);

    /// <summary>The layouts <c>publisher slips --layout</c> knows; the first is the default.</summary>
    public static IReadOnlyList<SlipLabelLayout> All { get; } = [A4x24, A4x21, A4x14];

    /// <summary>White around the QR and the text inside each label, so a label stuck slightly off still shows it all.</summary>
    public const double Padding = 2.5;

    public int PerSheet => Columns * Rows;

    /// <summary>The QR's side: the label's height less its padding (the QR draws its own quiet zone inside).</summary>
    public double QrSide => Height - (2 * Padding);

    public static SlipLabelLayout? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Mm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "mm";
}
