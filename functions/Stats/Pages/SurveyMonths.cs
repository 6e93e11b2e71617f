using MotCua.Domain.Privacy;
using MotCua.Domain.Slips;
using MotCua.Domain.Text;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>
/// One ended month of slip answers ("đánh giá có phiếu"): slips handed out (printed that month, exact) and, when at
/// least <see cref="SmallCounts.MinAnswers"/> came, the answers, their ratings and the reasons. A count of 1 to 4
/// (answers, or a reason) is published as null.
/// </summary>
public sealed record SlipMonthStats(DateOnly Month, long HandedOut, long? Answers, IReadOnlyList<long>? Options, IReadOnlyList<(string Key, long? Count)>? Reasons)
{
    /// <summary>Answers per slip handed out that month; above 1 when slips printed earlier were answered this month.</summary>
    public double? ResponseRate => Answers is { } n && HandedOut > 0 && Options is not null ? (double)n / HandedOut : null;

    public double? NotUnsatisfiedShare => SurveyMonths.NotUnsatisfied(Options);
}

/// <summary>One ended month of open counter answers ("đánh giá tự do"): the released counter days summed. Nobody knows how many people were asked, so it has no response rate.</summary>
public sealed record OpenMonthStats(DateOnly Month, long Answers, IReadOnlyList<long> Options)
{
    public double? NotUnsatisfiedShare => SurveyMonths.NotUnsatisfied(Options);
}

/// <summary>Both surveys per ended month, side by side and never added together.</summary>
public static class SurveyMonths
{
    /// <summary>The share of answers that are not "không hài lòng", or null when there are fewer than <see cref="SmallCounts.MinAnswers"/>.</summary>
    public static double? NotUnsatisfied(IReadOnlyList<long>? options)
    {
        var n = options?.Sum() ?? 0;
        return options is null || n < SmallCounts.MinAnswers ? null
            : (double)(n - (SlipChoices.LowOption < options.Count ? options[SlipChoices.LowOption] : 0)) / n;
    }

    /// <summary>
    /// The slip months of a unit: every ended month from its first batch or answer on (months before the watermark's
    /// Vietnam-local month), so a figure never changes once published.
    /// </summary>
    /// <param name="handedOut">Slips printed per month (first day of the month).</param>
    /// <param name="answered">The unit's monthly slip rollups.</param>
    /// <param name="countedThrough">The watermark (UTC ticks).</param>
    public static List<SlipMonthStats> Slips(IReadOnlyDictionary<DateOnly, long> handedOut, IEnumerable<SlipMonth> answered, long countedThrough)
    {
        var openMonth = OpenMonth(countedThrough);
        var byMonth = answered.GroupBy(m => m.Month).ToDictionary(g => g.Key, g => g.Aggregate((a, b) => a.Plus(b)));
        var months = handedOut.Keys.Concat(byMonth.Keys).Where(m => m < openMonth).Distinct().Order().ToList();
        if (months.Count == 0)
        {
            return [];
        }

        var all = new List<SlipMonthStats>();
        for (var month = months[0]; month < openMonth; month = month.AddMonths(1))
        {
            var given = handedOut.GetValueOrDefault(month);
            var rollup = byMonth.GetValueOrDefault(month);
            var n = rollup?.Answers ?? 0;
            all.Add(n == 0 ? new SlipMonthStats(month, given, 0, null, null)
                : n < SmallCounts.MinAnswers ? new SlipMonthStats(month, given, null, null, null)
                : new SlipMonthStats(month, given, n, OptionCounts.Add(rollup!.Options, new long[OptionCounts.Count]),
                    SlipChoices.Reasons.Select(r => (r.Key, Cell(rollup.Reasons.GetValueOrDefault(r.Key)))).ToList()));
        }

        return all;
    }

    /// <summary>The released counter days of ended months, summed per month.</summary>
    public static List<OpenMonthStats> Open(IEnumerable<CounterDay> releasedDays, long countedThrough)
    {
        var openMonth = OpenMonth(countedThrough);
        return releasedDays.Where(d => SlipMonth.MonthOf(d.Date) < openMonth)
            .GroupBy(d => SlipMonth.MonthOf(d.Date)).OrderBy(g => g.Key)
            .Select(g => new OpenMonthStats(g.Key, g.Sum(d => d.Answers), g.Aggregate((IReadOnlyList<long>)new long[OptionCounts.Count], (sum, d) => OptionCounts.Add(sum, d.Options))))
            .ToList();
    }

    /// <summary>A reason's count, or null for 1 to 4.</summary>
    private static long? Cell(long count) => count is > 0 and < SmallCounts.MinAnswers ? null : count;

    private static DateOnly OpenMonth(long countedThrough) =>
        SlipMonth.MonthOf(VietnamTime.Date(new DateTimeOffset(Math.Max(0, countedThrough), TimeSpan.Zero)));
}
