namespace MotCua.Stats.Rollups;

/// <summary>
/// Daily rollup of one counter's survey in one unit on one Vietnam-local day: answers per option
/// index, and apart from them the answers flagged as misuse (honeypot, rate limit).
/// </summary>
public sealed record CounterDay(string Unit, DateOnly Date, string Counter)
{
    /// <summary>Citizen answers per option index (misuse left out).</summary>
    public IReadOnlyList<long> Options { get; init; } = new long[OptionCounts.Count];

    public long Misuse { get; init; }

    /// <summary>Citizen answers: the sum of <see cref="Options"/>.</summary>
    public long Answers => Options.Sum();

    /// <summary>The rollup of one answer, or null for an option index no survey can post.</summary>
    public static CounterDay? Of(AnswerFact answer)
    {
        var day = new CounterDay(answer.Unit, answer.Date, answer.Counter);
        if (answer.IsMisuse)
        {
            return day with { Misuse = 1 };
        }

        return answer.Option is >= 0 and < 100 ? day with { Options = OptionCounts.One(answer.Option) } : null;
    }

    public CounterDay Plus(CounterDay other) => this with
    {
        Options = OptionCounts.Add(Options, other.Options),
        Misuse = Misuse + other.Misuse,
    };
}
