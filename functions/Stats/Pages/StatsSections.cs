using System.Globalization;
using System.Text;
using MotCua.Domain.Text;

namespace MotCua.Stats.Pages;

/// <summary>The scan sections of the statistics page: each a figure with a chart and its table.</summary>
internal static class StatsSections
{
    /// <summary>The last <paramref name="count"/> Vietnam-local days up to the day of publication, days without data as zero.</summary>
    public static List<DayStats> LastDays(UnitStats stats, int count)
    {
        var today = VietnamTime.Date(stats.GeneratedAt);
        var known = stats.Days.ToDictionary(d => d.Date);
        return Enumerable.Range(0, count)
            .Select(i => today.AddDays(i - count + 1))
            .Select(date => known.TryGetValue(date, out var day) ? day : new DayStats(date, 0, 0, 0))
            .ToList();
    }

    public static void AppendDays(StringBuilder html, string id, string caption, List<DayStats> days)
    {
        html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption id=\"{id}\">{caption}: tổng {StatsFormat.Number(days.Sum(d => d.Scans))} lượt</figcaption>");
        SvgChart.Columns(html, days, id);
        html.Append("<details><summary>Bảng số liệu</summary><table><thead><tr><th>Ngày</th><th class=\"n\">Lượt quét</th><th class=\"n\">Bấm nộp trực tuyến</th><th class=\"n\">Phiếu đánh giá</th></tr></thead><tbody>");
        foreach (var day in days.Where(d => d.Scans + d.PortalClicks + d.Answers > 0))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{StatsFormat.Date(day.Date)}</td><td class=\"n\">{StatsFormat.Number(day.Scans)}</td><td class=\"n\">{StatsFormat.Number(day.PortalClicks)}</td><td class=\"n\">{StatsFormat.Number(day.Answers)}</td></tr>");
        }

        html.Append("</tbody></table><p>Ngày không có trong bảng: không có lượt nào.</p></details></figure>");
    }

    public static void AppendProcedures(StringBuilder html, UnitStats stats)
    {
        var top = stats.Codes.Where(c => c.Kind == "procedure" && c.Scans > 0).Take(StatsPageRenderer.MaxProcedures).ToList();
        html.Append("<h2>Thủ tục được tra cứu nhiều nhất</h2>");
        Figure(html, "top", $"{top.Count} thủ tục có nhiều lượt quét mã nhất", top.Select(c => (c.Code, c.Name ?? Leaf(c.Target), c.Scans)).ToList(), "Mã", "Thủ tục", "Lượt quét");
    }

    public static void AppendFields(StringBuilder html, UnitStats stats)
    {
        var fieldNames = stats.Codes.Where(c => c.Kind == "board" && c.Name is not null)
            .GroupBy(c => Field(c.Target), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name!, StringComparer.Ordinal);
        var fields = stats.Codes.Where(c => c.Kind is "procedure" or "board")
            .GroupBy(c => Field(c.Target), StringComparer.Ordinal)
            .Select(g => (Field: g.Key, Board: g.Where(c => c.Kind == "board").Sum(c => c.Scans), Sheets: g.Where(c => c.Kind == "procedure").Sum(c => c.Scans)))
            .OrderByDescending(f => f.Board + f.Sheets).ThenBy(f => f.Field, StringComparer.Ordinal)
            .Take(StatsPageRenderer.MaxFields).ToList();
        html.Append("<h2>Lượt quét theo lĩnh vực</h2><figure><figcaption id=\"fields\">Lượt quét mã bảng niêm yết và mã thủ tục của từng lĩnh vực</figcaption>");
        SvgChart.Bars(html, fields.Select(f => new ChartBar(fieldNames.GetValueOrDefault(f.Field, f.Field), f.Board + f.Sheets)).ToList(), "fields");
        html.Append("<table><thead><tr><th>Lĩnh vực</th><th class=\"n\">Mã bảng</th><th class=\"n\">Mã thủ tục</th><th class=\"n\">Tổng</th></tr></thead><tbody>");
        foreach (var (field, board, sheets) in fields)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{StatsFormat.Escape(fieldNames.GetValueOrDefault(field, field))}</td><td class=\"n\">{StatsFormat.Number(board)}</td><td class=\"n\">{StatsFormat.Number(sheets)}</td><td class=\"n\">{StatsFormat.Number(board + sheets)}</td></tr>");
        }

        html.Append("</tbody></table></figure>");
    }

    public static void AppendPlacements(StringBuilder html, UnitStats stats)
    {
        var placements = stats.Codes.GroupBy(c => c.Placement.Length > 0 ? c.Placement : "(không rõ)", StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Label: $"{g.Count()} mã", Value: g.Sum(c => c.Scans)))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Take(StatsPageRenderer.MaxPlacements).ToList();
        html.Append("<h2>Lượt quét theo vị trí đặt mã</h2>");
        Figure(html, "placements", "Lượt quét theo nơi in mã (bảng niêm yết, tờ thủ tục, quầy)", placements, "Vị trí", "Số mã", "Lượt quét");
    }

    public static void AppendPortal(StringBuilder html, UnitStats stats)
    {
        var top = stats.Codes.Where(c => c.PortalClicks > 0).OrderByDescending(c => c.PortalClicks).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(StatsPageRenderer.MaxPortalCodes).ToList();
        html.Append("<h2>Nộp hồ sơ trực tuyến</h2>")
            .Append(CultureInfo.InvariantCulture, $"<p>Tổng {StatsFormat.Number(stats.Totals.PortalClicks)} lượt bấm liên kết nộp hồ sơ trực tuyến từ trang thủ tục.</p>");
        Figure(html, "portal", $"{top.Count} thủ tục có nhiều lượt bấm nộp trực tuyến nhất", top.Select(c => (c.Code, c.Name ?? Leaf(c.Target), c.PortalClicks)).ToList(), "Mã", "Thủ tục", "Lượt bấm");
    }

    private static void Figure(StringBuilder html, string id, string caption, List<(string Key, string Label, long Value)> rows, string keyHead, string labelHead, string valueHead)
    {
        html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption id=\"{id}\">{StatsFormat.Escape(caption)}</figcaption>");
        SvgChart.Bars(html, rows.Select(r => new ChartBar(r.Key, r.Value)).ToList(), id);
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{keyHead}</th><th>{labelHead}</th><th class=\"n\">{valueHead}</th></tr></thead><tbody>");
        foreach (var (key, label, value) in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{StatsFormat.Escape(key)}</td><td>{StatsFormat.Escape(label)}</td><td class=\"n\">{StatsFormat.Number(value)}</td></tr>");
        }

        html.Append("</tbody></table></figure>");
    }

    /// <summary>The field slug of a target <c>unit/field[/slug]</c>.</summary>
    private static string Field(string target)
    {
        var parts = target.Split('/');
        return parts.Length > 1 ? parts[1] : target;
    }

    /// <summary>The target without its unit: <c>field/slug</c>.</summary>
    private static string Leaf(string target)
    {
        var slash = target.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? target[(slash + 1)..] : target;
    }
}
