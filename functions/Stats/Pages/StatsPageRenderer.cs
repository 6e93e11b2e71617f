using System.Globalization;
using System.Text;
using MotCua.Domain.Pages;
using MotCua.Domain.Text;

namespace MotCua.Stats.Pages;

/// <summary>
/// Renders a unit's <c>/stats/&lt;unit&gt;/index.html</c>: Vietnamese, inline SVG charts, every chart
/// with its numbers as a table beside it, no script, a few kilobytes however long the history.
/// Lists are capped so the page stays small; the JSON and CSV carry everything.
/// </summary>
public static class StatsPageRenderer
{
    public const int MaxProcedures = 15;
    public const int MaxFields = 30;
    public const int MaxPlacements = 20;
    public const int MaxPortalCodes = 10;
    public const int MaxCounters = 40;

    private const string Style =
        "body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:0 1rem;color:#111}" +
        "svg{width:100%;height:auto;font-size:11px;max-width:40rem}rect{fill:#1f5fa8}.o0{fill:#1a7f37}.o1{fill:#8cbf6a}.o2{fill:#c0392b}" +
        "table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.15rem .5rem;border-bottom:1px solid #ccc;text-align:left}" +
        ".n{text-align:right}figure{margin:1rem 0}figcaption{font-weight:bold}h1{font-size:1.5rem;line-height:1.25}";

    /// <summary>No script at all; its one style.</summary>
    private static readonly string Policy = ContentPolicy.Meta([], [Style]);

    public static string Render(UnitStats stats)
    {
        var html = new StringBuilder(16 * 1024);
        var unit = StatsFormat.Escape(stats.UnitName);
        html.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">").Append(Policy)
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">").Append(PageShell.NoIcon)
            .Append(CultureInfo.InvariantCulture, $"<title>Thống kê – {unit}</title><style>{Style}</style>")
            // A data block, not a script: schema.org Dataset markup for catalogues; the page runs no script.
            .Append("<script type=\"application/ld+json\">").Append(OpenData.StatisticsPackage.Markup(stats, stats.License)).Append("</script></head><body><main>")
            .Append(CultureInfo.InvariantCulture, $"<h1>Thống kê tra cứu thủ tục và mức độ hài lòng – {unit}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>Cập nhật lúc {VietnamTime.ToLocal(stats.GeneratedAt):HH:mm dd/MM/yyyy} (giờ Việt Nam). ")
            .Append("Số liệu tính từ khi bắt đầu ghi nhận, không gồm lượt truy cập tự động (bot) và phiếu đánh giá bị đánh dấu lạm dụng; các số này được nêu riêng ở cuối trang.</p>");

        AppendSummary(html, stats);
        var days = StatsSections.LastDays(stats, 30);
        StatsSections.AppendDays(html, "d30", "Lượt quét mỗi ngày, 30 ngày gần nhất", days);
        StatsSections.AppendDays(html, "d90", "Lượt quét mỗi ngày, 90 ngày gần nhất", StatsSections.LastDays(stats, 90));
        StatsSections.AppendProcedures(html, stats);
        StatsSections.AppendFields(html, stats);
        StatsSections.AppendPlacements(html, stats);
        StatsSections.AppendPortal(html, stats);
        ReprintSection.Append(html, stats);
        SatisfactionSection.Append(html, stats);
        SurveyMonthsSection.Append(html, stats);
        AppendApart(html, stats);
        html.Append("<p>Dữ liệu mở: <a href=\"stats.json\">stats.json</a> (tổng hợp), <a href=\"stats.csv\">stats.csv</a> (theo ngày), <a href=\"surveys.csv\">surveys.csv</a> (đánh giá theo tháng); mô tả các tệp: <a href=\"datapackage.json\">datapackage.json</a>. ")
            .Append(CultureInfo.InvariantCulture, $"Giấy phép: <a href=\"{stats.License.Path}\">{StatsFormat.Escape(stats.License.Title)}</a>.</p>")
            .Append("</main><footer>").Append(PageShell.PrivacyLink).Append("</footer></body></html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, UnitStats stats)
    {
        var t = stats.Totals;
        html.Append("<h2>Tổng quan</h2><table><tbody>");
        Row(html, "Lượt quét mã QR", t.Scans);
        Row(html, "Lượt bấm nộp hồ sơ trực tuyến", t.PortalClicks);
        Row(html, "Phiếu đánh giá mức độ hài lòng", t.SurveyAnswers);
        html.Append("</tbody></table>");
    }

    private static void AppendApart(StringBuilder html, UnitStats stats)
    {
        var t = stats.Totals;
        html.Append("<h2>Số liệu không tính vào thống kê</h2><table><tbody>");
        Row(html, "Lượt quét của bot", t.BotScans);
        Row(html, "Lượt bấm nộp trực tuyến của bot", t.BotPortalClicks);
        Row(html, "Phiếu đánh giá bị đánh dấu lạm dụng", t.SurveyMisuse);
        Row(html, "Lượt quét không ghi nhận được do lỗi lưu trữ (toàn hệ thống)", t.ScanWriteFailures);
        html.Append("</tbody></table>");
    }

    internal static void Row(StringBuilder html, string label, long value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{label}</th><td class=\"n\">{StatsFormat.Number(value)}</td></tr>");
}
