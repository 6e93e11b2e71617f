using MotCua.Domain.Codes;

namespace MotCua.Domain.Stats;

/// <summary>All-time totals of one unit. Citizen figures leave bots and misuse out; those are counted apart.</summary>
public sealed record StatsTotals(
    long Scans,
    long BotScans,
    long PortalClicks,
    long BotPortalClicks,
    long SurveyAnswers,
    long SurveyMisuse,
    long ScanWriteFailures);

/// <summary>All-time figures of one short code.</summary>
public sealed record CodeStats(string Code, string Kind, string Target, string Placement, long Scans, long BotScans, long PortalClicks);

/// <summary>All-time survey figures of one counter: citizen answers per option index, misuse apart.</summary>
public sealed record CounterStats(string Code, long Answers, long Misuse, IReadOnlyList<long> Options);

/// <summary>Citizen figures of one Vietnam-local day.</summary>
public sealed record DayStats(DateOnly Date, long Scans, long PortalClicks, long Answers);

/// <summary>
/// What a unit's statistics publish: totals, per code, per counter, per day, and the daily rollups
/// they were computed from. Built once, then rendered as HTML, JSON and CSV.
/// </summary>
public sealed record UnitStats(
    string Unit,
    DateTimeOffset GeneratedAt,
    StatsTotals Totals,
    IReadOnlyList<CodeStats> Codes,
    IReadOnlyList<CounterStats> Counters,
    IReadOnlyList<DayStats> Days,
    IReadOnlyList<CodeDay> CodeDays,
    IReadOnlyList<CounterDay> CounterDays)
{
    /// <summary>
    /// Sums the unit's daily rollups. Codes in the registry appear even when never scanned (a board
    /// nobody reads is worth knowing), and the registry's current kind, target and placement win.
    /// </summary>
    public static UnitStats Build(
        string unit,
        RollupSet rollups,
        IReadOnlyList<CodeEntry> registry,
        long scanWriteFailures,
        DateTimeOffset generatedAt)
    {
        var codeDays = rollups.Codes.Where(d => d.Unit == unit)
            .OrderBy(d => d.Date).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        var counterDays = rollups.Counters.Where(d => d.Unit == unit)
            .OrderBy(d => d.Date).ThenBy(d => d.Counter, StringComparer.Ordinal).ToList();

        var totals = new StatsTotals(
            codeDays.Sum(d => d.Scans),
            codeDays.Sum(d => d.BotScans),
            codeDays.Sum(d => d.PortalClicks),
            codeDays.Sum(d => d.BotPortalClicks),
            counterDays.Sum(d => d.Answers),
            counterDays.Sum(d => d.Misuse),
            scanWriteFailures);

        return new UnitStats(
            unit,
            generatedAt,
            totals,
            SumCodes(unit, codeDays, registry),
            SumCounters(counterDays),
            SumDays(codeDays, counterDays),
            codeDays,
            counterDays);
    }

    public static string KindName(CodeKind kind) => kind switch
    {
        CodeKind.Procedure => "procedure",
        CodeKind.Board => "board",
        _ => "counter",
    };

    private static List<CodeStats> SumCodes(string unit, List<CodeDay> days, IReadOnlyList<CodeEntry> registry)
    {
        var byCode = new Dictionary<string, CodeDay>(StringComparer.Ordinal);
        foreach (var day in days)
        {
            byCode[day.Code] = byCode.TryGetValue(day.Code, out var known) ? known.Plus(day) : day;
        }

        foreach (var entry in registry.Where(e => e.Unit == unit))
        {
            var current = new CodeDay(unit, default, entry.Code) { Kind = KindName(entry.Kind), Target = entry.Target, Placement = entry.Placement };
            byCode[entry.Code] = byCode.TryGetValue(entry.Code, out var known) ? known.Plus(current) : current;
        }

        return byCode.Values
            .Select(d => new CodeStats(d.Code, d.Kind, d.Target, d.Placement, d.Scans, d.BotScans, d.PortalClicks))
            .OrderByDescending(c => c.Scans).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    private static List<CounterStats> SumCounters(List<CounterDay> days) =>
        days.GroupBy(d => d.Counter, StringComparer.Ordinal)
            .Select(g => g.Aggregate((a, b) => a.Plus(b)))
            .Select(d => new CounterStats(d.Counter, d.Answers, d.Misuse, SurveyOptions.Add(d.Options, new long[SurveyOptions.Count])))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

    private static List<DayStats> SumDays(List<CodeDay> codeDays, List<CounterDay> counterDays)
    {
        var dates = codeDays.Select(d => d.Date).Concat(counterDays.Select(d => d.Date)).Distinct().Order();
        var scans = codeDays.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => (Scans: g.Sum(d => d.Scans), Portal: g.Sum(d => d.PortalClicks)));
        var answers = counterDays.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Sum(d => d.Answers));
        return dates.Select(date => new DayStats(
            date,
            scans.TryGetValue(date, out var s) ? s.Scans : 0,
            scans.TryGetValue(date, out var p) ? p.Portal : 0,
            answers.GetValueOrDefault(date))).ToList();
    }
}
