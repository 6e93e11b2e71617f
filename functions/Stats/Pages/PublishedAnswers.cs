using MotCua.Domain.Privacy;
using MotCua.Domain.Text;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>
/// The survey figures the open data may show. A counter's day is released when it has ended (the watermark is past
/// it) and holds at least <see cref="SmallCounts.MinAnswers"/> citizen answers; every published survey figure (per
/// counter, per day, the unit's totals, the CSV's counter lines) sums released days only. A day still open is left
/// out, or each publication every 15 minutes would show one more answer than the last; a small day is left out of
/// the totals too, or a total minus its published days would show it.
/// </summary>
internal sealed class PublishedAnswers
{
    private readonly DateOnly _firstOpenDay;
    private readonly List<CounterDay> _released;
    private readonly Dictionary<DateOnly, long> _answersByDay;

    /// <summary>Sorts a unit's counter days into released and withheld.</summary>
    /// <param name="counterDays">Every counter day of the unit.</param>
    /// <param name="countedThrough">The watermark (UTC ticks): the days before its day are counted in full.</param>
    public PublishedAnswers(IEnumerable<CounterDay> counterDays, long countedThrough)
    {
        _firstOpenDay = VietnamTime.Date(new DateTimeOffset(Math.Max(0, countedThrough), TimeSpan.Zero));
        _released = counterDays.Where(IsReleased).ToList();
        _answersByDay = _released.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Sum(d => d.Answers));
    }

    public bool IsReleased(CounterDay day) => day.Date < _firstOpenDay && day.Answers >= SmallCounts.MinAnswers;

    /// <summary>The released counter days.</summary>
    public IReadOnlyList<CounterDay> Released => _released;

    /// <summary>Each counter's released days, summed (their <c>Date</c> unused).</summary>
    public IEnumerable<CounterDay> CounterTotals() =>
        _released.GroupBy(d => d.Counter, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) => a.Plus(b)) with { Date = default });

    /// <summary>A day's sums with its answers replaced by the released ones.</summary>
    public DayStats WithReleasedAnswers(DayStats day) =>
        day with { Answers = _answersByDay.GetValueOrDefault(day.Date) };
}
