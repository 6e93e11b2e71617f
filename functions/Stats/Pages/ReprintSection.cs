using System.Globalization;
using System.Text;

namespace MotCua.Stats.Pages;

/// <summary>
/// The reprint list on the statistics page of a unit that offices were merged into: which of their printed codes are
/// still scanned, how often and where they hang, so the posters read most are replaced first.
/// </summary>
internal static class ReprintSection
{
    public const int MaxReprints = 40;

    public static void Append(StringBuilder html, UnitStats stats)
    {
        if (stats.MergedUnits.Count == 0)
        {
            return;
        }

        var since = string.Join(", ", stats.MergedUnits.Select(m => $"{m.Unit} (từ {StatsFormat.Date(m.From)})"));
        html.Append("<h2 id=\"reprint\">Mã QR cũ cần in lại</h2>")
            .Append("<p>Mã in cho đơn vị cũ đã sáp nhập vào đơn vị này: ").Append(StatsFormat.Escape(since))
            .Append(". Các mã vẫn mở đúng trang mới, nhưng nên thay bản in có nhiều lượt quét trước.</p>");
        if (stats.Reprints.Count == 0)
        {
            html.Append("<p>Chưa có lượt quét mã cũ nào sau ngày sáp nhập.</p>");
            return;
        }

        html.Append("<table><thead><tr><th>Mã</th><th>Nơi đặt</th><th>Bản in</th><th class=\"n\">Lượt quét</th><th>Quét gần nhất</th></tr></thead><tbody>");
        foreach (var r in stats.Reprints.Take(MaxReprints))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{StatsFormat.Escape(r.Code)}</td><td>{StatsFormat.Escape(Where(r))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{StatsFormat.Escape(r.Name ?? r.Target)}</td><td class=\"n\">{StatsFormat.Number(r.Scans)}</td><td>{StatsFormat.Date(r.LastScanned)}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (stats.Reprints.Count > MaxReprints)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Còn {StatsFormat.Number(stats.Reprints.Count - MaxReprints)} mã khác trong stats.json và stats.csv.</p>");
        }
    }

    /// <summary>What kind of copy it is and where it hangs: "Bảng niêm yết – Bảng niêm yết tầng 1".</summary>
    private static string Where(ReprintStats r)
    {
        var kind = r.Kind switch
        {
            "board" => "Bảng lĩnh vực",
            "counter" => "Quầy",
            _ => "Tờ thủ tục",
        };
        return string.Equals(kind, r.Placement, StringComparison.Ordinal) || r.Placement.Length == 0 ? kind : $"{kind} – {r.Placement}";
    }
}
