using System.Globalization;

namespace MotCua.Stats.Pages;

/// <summary>
/// One month of <c>slip_months</c> in <c>stats.json</c> ("đánh giá có phiếu"). A figure not published (a count of 1
/// to 4, a share of fewer than 5 answers) is null; shares are rounded to three decimals.
/// </summary>
internal sealed record SlipMonthJson(
    string Month,
    long HandedOut,
    long? Answers,
    double? ResponseRate,
    IReadOnlyList<long>? Options,
    double? NotUnsatisfiedShare,
    OrderedDictionary<string, long?>? Reasons)
{
    public static SlipMonthJson Of(SlipMonthStats m) => new(
        SurveyMonthsJson.Month(m.Month),
        m.HandedOut,
        m.Answers,
        SurveyMonthsJson.Share(m.ResponseRate),
        m.Options,
        SurveyMonthsJson.Share(m.NotUnsatisfiedShare),
        m.Reasons is null ? null : new(m.Reasons.Select(r => KeyValuePair.Create(r.Key, r.Count))));
}

/// <summary>One month of <c>open_months</c> in <c>stats.json</c> ("đánh giá tự do"), apart from the slips.</summary>
internal sealed record OpenMonthJson(string Month, long Answers, IReadOnlyList<long> Options, double? NotUnsatisfiedShare)
{
    public static OpenMonthJson Of(OpenMonthStats m) =>
        new(SurveyMonthsJson.Month(m.Month), m.Answers, m.Options, SurveyMonthsJson.Share(m.NotUnsatisfiedShare));
}

internal static class SurveyMonthsJson
{
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static double? Share(double? share) => share is { } s ? Math.Round(s, 3) : null;
}
