namespace MotCua.Stats.Rollups;

/// <summary>
/// Daily rollups keyed by unit, day and code (or counter), merged as events or rollups are added.
/// Used both for the delta of one aggregation window and for everything a publication reads.
/// </summary>
public sealed class RollupSet
{
    private readonly Dictionary<(string Unit, DateOnly Date, string Code), CodeDay> _codes = [];
    private readonly Dictionary<(string Unit, DateOnly Date, string Counter), CounterDay> _counters = [];
    private readonly Dictionary<(string Unit, DateOnly Month), SlipMonth> _slipMonths = [];

    public IReadOnlyCollection<CodeDay> Codes => _codes.Values;

    public IReadOnlyCollection<CounterDay> Counters => _counters.Values;

    public IReadOnlyCollection<SlipMonth> SlipMonths => _slipMonths.Values;

    public bool IsEmpty => _codes.Count == 0 && _counters.Count == 0 && _slipMonths.Count == 0;

    /// <summary>Every unit that has a rollup, in ordinal order.</summary>
    public IReadOnlyList<string> Units =>
        _codes.Keys.Select(k => k.Unit).Concat(_counters.Keys.Select(k => k.Unit)).Concat(_slipMonths.Keys.Select(k => k.Unit))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public void Add(ScanFact scan) => Add(CodeDay.Of(scan));

    public void Add(AnswerFact answer)
    {
        if (CounterDay.Of(answer) is { } day)
        {
            Add(day);
        }
    }

    public void Add(SlipAnswerFact answer)
    {
        if (SlipMonth.Of(answer) is { } month)
        {
            Add(month);
        }
    }

    /// <summary>Adds every rollup of <paramref name="other"/>.</summary>
    public void Add(RollupSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var day in other.Codes)
        {
            Add(day);
        }

        foreach (var day in other.Counters)
        {
            Add(day);
        }

        foreach (var month in other.SlipMonths)
        {
            Add(month);
        }
    }

    public void Add(CodeDay day)
    {
        var key = (day.Unit, day.Date, day.Code);
        _codes[key] = _codes.TryGetValue(key, out var known) ? known.Plus(day) : day;
    }

    public void Add(CounterDay day)
    {
        var key = (day.Unit, day.Date, day.Counter);
        _counters[key] = _counters.TryGetValue(key, out var known) ? known.Plus(day) : day;
    }

    public void Add(SlipMonth month)
    {
        var key = (month.Unit, month.Month);
        _slipMonths[key] = _slipMonths.TryGetValue(key, out var known) ? known.Plus(month) : month;
    }
}
