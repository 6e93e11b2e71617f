using MotCua.Domain.Slips;

namespace MotCua.Stats.Rollups;

/// <summary>One slip answer as the statistics count it: its office, the Vietnam-local day it came, the rating and the reasons.</summary>
public sealed record SlipAnswerFact(string Unit, DateOnly Date, int Option, IReadOnlyList<string> Reasons);

/// <summary>
/// Monthly rollup of one office's slip answers ("đánh giá có phiếu"): answers per rating and the reasons of low
/// ratings. Kept apart from the counter survey's rollups: the two are never added together.
/// </summary>
public sealed record SlipMonth(string Unit, DateOnly Month)
{
    public IReadOnlyList<long> Options { get; init; } = new long[OptionCounts.Count];

    /// <summary>Low ratings per reason key (<see cref="SlipChoices.Reasons"/>).</summary>
    public IReadOnlyDictionary<string, long> Reasons { get; init; } = new Dictionary<string, long>(StringComparer.Ordinal);

    public long Answers => Options.Sum();

    /// <summary>The first day of the month of <paramref name="date"/>.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>The rollup of one answer, or null for a rating no form can post or a reason the form does not offer.</summary>
    public static SlipMonth? Of(SlipAnswerFact answer)
    {
        if (answer.Option is < 0 or >= 100)
        {
            return null;
        }

        var reasons = answer.Reasons.Where(SlipChoices.IsReason).Distinct(StringComparer.Ordinal).ToDictionary(r => r, _ => 1L, StringComparer.Ordinal);
        return new SlipMonth(answer.Unit, MonthOf(answer.Date)) { Options = OptionCounts.One(answer.Option), Reasons = reasons };
    }

    public SlipMonth Plus(SlipMonth other)
    {
        var reasons = new Dictionary<string, long>(Reasons, StringComparer.Ordinal);
        foreach (var (key, count) in other.Reasons)
        {
            reasons[key] = reasons.GetValueOrDefault(key) + count;
        }

        return this with { Options = OptionCounts.Add(Options, other.Options), Reasons = reasons };
    }
}
