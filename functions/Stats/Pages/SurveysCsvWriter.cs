using System.Globalization;
using System.Text;
using MotCua.Domain.Slips;

namespace MotCua.Stats.Pages;

/// <summary>
/// Writes <c>surveys.csv</c>: per ended month, one line for the slip answers (<c>survey</c> = <c>slip</c>) and one for
/// the open counter answers (<c>open</c>), never summed together. An empty field is a figure not published: a count of
/// 1 to 4, a share of fewer than 5 answers, or a response rate the open survey cannot have. Same format as
/// <c>stats.csv</c> (RFC 4180, CRLF, UTF-8 with a byte-order mark).
/// </summary>
public static class SurveysCsvWriter
{
    public const string FileName = "surveys.csv";

    public const string SlipSurvey = "slip";
    public const string OpenSurvey = "open";

    /// <summary>The header line; docs/statistics.md documents each column.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "month", "unit", "survey", "handed_out", "answers", "response_rate", "not_unsatisfied_share",
        "option_0", "option_1", "option_2", .. SlipChoices.Reasons.Select(r => ReasonColumn(r.Key)),
    ];

    public static string ReasonColumn(string key) => "reason_" + key.Replace('-', '_');

    public static byte[] Write(UnitStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var csv = new StringBuilder();
        Line(csv, Columns);
        var open = stats.OpenMonths.ToDictionary(m => m.Month);
        var months = stats.SlipMonths.Select(m => m.Month).Concat(open.Keys).Distinct().Order();
        var slips = stats.SlipMonths.ToDictionary(m => m.Month);
        foreach (var month in months)
        {
            if (slips.TryGetValue(month, out var s))
            {
                Line(csv, [Month(month), stats.Unit, SlipSurvey, N(s.HandedOut), N(s.Answers), Share(s.ResponseRate), Share(s.NotUnsatisfiedShare),
                    .. Options(s.Options), .. SlipChoices.Reasons.Select(r => N(s.Reasons?.FirstOrDefault(c => c.Key == r.Key).Count))]);
            }

            if (open.TryGetValue(month, out var o))
            {
                Line(csv, [Month(month), stats.Unit, OpenSurvey, "", N(o.Answers), "", Share(o.NotUnsatisfiedShare),
                    .. Options(o.Options), .. SlipChoices.Reasons.Select(_ => "")]);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static IEnumerable<string> Options(IReadOnlyList<long>? options) =>
        Enumerable.Range(0, 3).Select(i => options is null ? "" : N(i < options.Count ? options[i] : 0));

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(',', fields.Select(StatsCsvWriter.Quote)).Append("\r\n");

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A share to three decimals (0.875), empty when not published.</summary>
    internal static string Share(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "";
}
