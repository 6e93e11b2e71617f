using System.Globalization;
using System.Text;
using MotCua.Domain.Privacy;
using MotCua.Domain.Slips;
using MotCua.Domain.Surveys;

namespace MotCua.Stats.Pages;

/// <summary>
/// The two surveys per month, side by side: answers on a slip handed out with a dossier ("đánh giá có phiếu") and open
/// answers at a counter ("đánh giá tự do"), each with its response rate, never added together; then the slips'
/// ratings and the reasons of low ones. Shown when the office has printed slips.
/// </summary>
internal static class SurveyMonthsSection
{
    /// <summary>What the figures are not: said plainly on the page.</summary>
    public const string NotTheIndex =
        "Đây là khảo sát do chính đơn vị tự tổ chức, không phải Chỉ số phục vụ người dân, doanh nghiệp chính thức theo Quyết định số 766/QĐ-TTg.";

    private const string Hidden = "<5";

    public static void Append(StringBuilder html, UnitStats stats)
    {
        if (stats.SlipMonths.Count == 0)
        {
            return;
        }

        var open = stats.OpenMonths.ToDictionary(m => m.Month);
        html.Append("<h2>Đánh giá có phiếu và đánh giá tự do</h2><p><strong>").Append(NotTheIndex).Append("</strong></p>")
            .Append("<p>Đánh giá có phiếu: mỗi hồ sơ được dán một phiếu có mã QR dùng một lần; chỉ người nhận phiếu trả lời được, và mỗi phiếu chỉ được tính một lần. ")
            .Append("Đánh giá tự do: ai cũng trả lời được tại quầy, nên không biết đã hỏi bao nhiêu người và không tính được tỉ lệ phản hồi. Hai loại được tính riêng, không cộng gộp. ")
            .Append(CultureInfo.InvariantCulture, $"Một tháng được công bố khi đã hết tháng; số nhỏ hơn {SmallCounts.MinAnswers} được ghi là “{StatsFormat.Escape(Hidden)}”.</p>")
            .Append("<table><caption>Theo tháng: phiếu phát ra, phiếu trả lời, tỉ lệ phản hồi và tỉ lệ không “không hài lòng”</caption><thead>")
            .Append("<tr><th rowspan=\"2\">Tháng</th><th colspan=\"4\">Đánh giá có phiếu</th><th colspan=\"3\">Đánh giá tự do</th></tr>")
            .Append("<tr><th class=\"n\">Phát ra</th><th class=\"n\">Trả lời</th><th class=\"n\">Tỉ lệ phản hồi</th><th class=\"n\">Không “không hài lòng”</th>")
            .Append("<th class=\"n\">Trả lời</th><th class=\"n\">Tỉ lệ phản hồi</th><th class=\"n\">Không “không hài lòng”</th></tr></thead><tbody>");
        foreach (var m in stats.SlipMonths.OrderByDescending(m => m.Month))
        {
            var o = open.GetValueOrDefault(m.Month);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{m.Month:MM/yyyy}</td><td class=\"n\">{StatsFormat.Number(m.HandedOut)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Count(m.Answers)}</td><td class=\"n\">{Percent(m.ResponseRate)}</td><td class=\"n\">{Percent(m.NotUnsatisfiedShare)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{StatsFormat.Number(o?.Answers ?? 0)}</td><td class=\"n\">không tính được</td><td class=\"n\">{Percent(o?.NotUnsatisfiedShare)}</td></tr>");
        }

        html.Append("</tbody></table>");
        AppendRatings(html, stats);
    }

    private static void AppendRatings(StringBuilder html, UnitStats stats)
    {
        html.Append("<table><caption>Đánh giá có phiếu: từng mức đánh giá và lý do không hài lòng (số phiếu)</caption><thead><tr><th>Tháng</th>");
        for (var option = 0; option < SurveyChoices.Options.Count; option++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"n\">{SurveyChoices.Options[option]}</th>");
        }

        foreach (var reason in SlipChoices.Reasons)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"n\">{StatsFormat.Escape(reason.Label)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var m in stats.SlipMonths.Where(m => m.Options is not null).OrderByDescending(m => m.Month))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{m.Month:MM/yyyy}</td>");
            for (var option = 0; option < SurveyChoices.Options.Count; option++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{StatsFormat.Number(option < m.Options!.Count ? m.Options[option] : 0)}</td>");
            }

            foreach (var (_, count) in m.Reasons ?? [])
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Count(count)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table><p>Tháng có dưới ").Append(SmallCounts.MinAnswers).Append(" phiếu trả lời không có trong bảng này.</p>");
    }

    private static string Count(long? value) => value is { } n ? StatsFormat.Number(n) : StatsFormat.Escape(Hidden);

    private static string Percent(double? share) =>
        share is { } s ? Math.Round(100 * s, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";
}
