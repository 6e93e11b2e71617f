using System.Globalization;
using System.Text;

namespace MotCua.Stats.Pages;

/// <summary>One bar of a chart: its label and value.</summary>
public sealed record ChartBar(string Label, long Value);

/// <summary>
/// Small inline SVG charts: no script, no external file, a few hundred bytes each. Each chart is
/// labelled by the figcaption that holds it, and the figure beside it carries the same numbers as text.
/// </summary>
internal static class SvgChart
{
    private const int Width = 320;
    private const int LabelWidth = 120;
    private const int RowHeight = 18;
    private const int ColumnsHeight = 80;
    private const int MaxLabelChars = 18;

    /// <summary>Room right of the longest bar for its value, up to "99.999.999".</summary>
    private const int ValueRoom = 64;

    /// <summary>Horizontal bars, one row per item, the value printed at the end of each bar.</summary>
    public static void Bars(StringBuilder html, IReadOnlyList<ChartBar> bars, string captionId)
    {
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var room = Width - LabelWidth - ValueRoom;
        html.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Math.Max(1, bars.Count) * RowHeight}\" role=\"img\" aria-labelledby=\"{captionId}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = i * RowHeight;
            var w = (int)Math.Round((double)room * bars[i].Value / max);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\">{StatsFormat.Escape(Shorten(bars[i].Label))}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{w}\" height=\"13\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 3}\" y=\"{y + 13}\">{StatsFormat.Number(bars[i].Value)}</text>");
        }

        html.Append("</svg>");
    }

    /// <summary>One column per day, oldest on the left, with the largest value written on the axis.</summary>
    public static void Columns(StringBuilder html, IReadOnlyList<DayStats> days, string captionId)
    {
        var max = Math.Max(1, days.Count == 0 ? 0 : days.Max(d => d.Scans));
        var step = (double)(Width - 40) / Math.Max(1, days.Count);
        var bar = Math.Max(1.0, step - 1);
        html.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {ColumnsHeight + 16}\" role=\"img\" aria-labelledby=\"{captionId}\">");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"10\">{StatsFormat.Number(max)}</text><text x=\"0\" y=\"{ColumnsHeight}\">0</text>");
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i].Scans == 0)
            {
                continue;
            }

            var h = Math.Max(1, (int)Math.Round((double)ColumnsHeight * days[i].Scans / max));
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{40 + (i * step):0.#}\" y=\"{ColumnsHeight - h}\" width=\"{bar:0.#}\" height=\"{h}\"/>");
        }

        if (days.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"40\" y=\"{ColumnsHeight + 14}\">{StatsFormat.ShortDate(days[0].Date)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width}\" y=\"{ColumnsHeight + 14}\" text-anchor=\"end\">{StatsFormat.ShortDate(days[^1].Date)}</text>");
        }

        html.Append("</svg>");
    }

    public static string Shorten(string label) =>
        label.Length <= MaxLabelChars ? label : string.Concat(label.AsSpan(0, MaxLabelChars - 1), "…");
}
