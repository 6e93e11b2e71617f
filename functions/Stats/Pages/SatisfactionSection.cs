using System.Globalization;
using System.Text;
using MotCua.Domain.Privacy;
using MotCua.Domain.Surveys;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>
/// Satisfaction overall and per counter, as percentages with n. A counter with fewer than
/// <see cref="MinimumAnswersShown"/> answers shows its n but no shares.
/// </summary>
internal static class SatisfactionSection
{
    /// <summary>Below this many answers a satisfaction share is not shown: too few to mean anything, and close to naming a person.</summary>
    public const int MinimumAnswersShown = SmallCounts.MinAnswers;

    private const int RowHeight = 18;
    private const int LabelWidth = 120;
    private const int BarWidth = 190;

    public static void Append(StringBuilder html, UnitStats stats)
    {
        var overall = new CounterStats("Toàn đơn vị", stats.Counters.Sum(c => c.Answers), stats.Counters.Sum(c => c.Misuse),
            stats.Counters.Aggregate((IReadOnlyList<long>)new long[OptionCounts.Count], (sum, c) => OptionCounts.Add(sum, c.Options)));
        var rows = new List<CounterStats> { overall };
        // Counters are shown by their Vietnamese name (from the registry) when it is known, else by slug.
        var names = stats.Codes.Where(c => c.Kind == "counter" && c.Name is not null)
            .GroupBy(c => c.Target[(c.Target.IndexOf('/', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name!, StringComparer.Ordinal);
        rows.AddRange(stats.Counters.OrderByDescending(c => c.Answers).ThenBy(c => c.Code, StringComparer.Ordinal).Take(StatsPageRenderer.MaxCounters)
            .Select(c => c with { Code = names.GetValueOrDefault(c.Code, c.Code) }));

        html.Append("<h2>Mức độ hài lòng</h2><figure><figcaption id=\"sat\">Tỉ lệ từng mức đánh giá, toàn đơn vị và theo quầy (n = số phiếu; dưới ")
            .Append(MinimumAnswersShown)
            .Append(" phiếu không tính tỉ lệ)</figcaption>");
        html.Append("<p>Phiếu của một ngày được công bố từ ngày hôm sau. Quầy nào trong một ngày có dưới ").Append(SmallCounts.MinAnswers)
            .Append(" phiếu thì phiếu của quầy đó trong ngày đó không được tính vào bất kỳ con số nào ở đây, trên biểu đồ hay trong tệp số liệu, để không ai đoán ra được người đã đánh giá.</p>");
        AppendChart(html, rows);
        html.Append("<p>Màu trong biểu đồ: xanh đậm – rất hài lòng, xanh nhạt – hài lòng, đỏ – không hài lòng.</p><table><thead><tr><th>Quầy</th><th class=\"n\">n</th>");
        for (var option = 0; option < OptionCounts.Count; option++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"n\">{SurveyChoices.Options[option]}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{StatsFormat.Escape(row.Code)}</td><td class=\"n\">{StatsFormat.Number(row.Answers)}</td>");
            for (var option = 0; option < OptionCounts.Count; option++)
            {
                var share = StatsFormat.Percent(Count(row, option), row.Answers) ?? "–";
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{share}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></figure>");
    }

    private static void AppendChart(StringBuilder html, List<CounterStats> rows)
    {
        var shown = rows.Where(r => r.Answers >= MinimumAnswersShown).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 320 {Math.Max(1, shown.Count) * RowHeight}\" role=\"img\" aria-labelledby=\"sat\">");
        for (var i = 0; i < shown.Count; i++)
        {
            var y = i * RowHeight;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\">{StatsFormat.Escape(SvgChart.Shorten(shown[i].Code))}</text>");
            double x = LabelWidth;
            for (var option = 0; option < OptionCounts.Count; option++)
            {
                var w = (double)BarWidth * Count(shown[i], option) / shown[i].Answers;
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"o{option}\" x=\"{x:0.#}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"13\"/>");
                x += w;
            }
        }

        html.Append("</svg>");
    }

    private static long Count(CounterStats row, int option) => option < row.Options.Count ? row.Options[option] : 0;
}
