using System.Text.Json.Serialization;
using MotCua.Domain.Codes;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>
/// One code printed for a merged office that citizens still scan after the merger: a poster or leaflet the
/// successor should reprint with its own code. Counted against the old code and old unit, as the scan recorded it.
/// </summary>
public sealed record ReprintStats(
    string Code,
    [property: JsonPropertyName("unit")] string OldUnit,
    string Kind,
    string Target,
    string Placement,
    string Path,
    long Scans,
    DateOnly LastScanned)
{
    /// <summary>The old target's Vietnamese name (procedure title, field or counter name), when known.</summary>
    /// <remarks>Shown on the page only: <c>stats.json</c> keeps its published keys.</remarks>
    [JsonIgnore]
    public string? Name { get; init; }
}

/// <summary>Builds a successor's reprint list from the daily rollups of the offices merged into it.</summary>
public static class ReprintList
{
    /// <summary>The offices whose codes now open <paramref name="successor"/>'s pages, with the day each merger began.</summary>
    public static IReadOnlyList<(string Unit, DateOnly From)> Predecessors(string successor, IReadOnlyList<CodeEntry> registry) =>
    [
        .. registry.Where(e => e.SuccessorUnit == successor && e.MergedFrom is not null)
            .Select(e => (e.Unit, e.MergedFrom!.Value)).Distinct().OrderBy(p => p.Unit, StringComparer.Ordinal),
    ];

    /// <summary>
    /// The old codes sent to <paramref name="successor"/> that people scanned on or after their merger's first day,
    /// most scanned first; bots and scans from before the merger are left out.
    /// </summary>
    public static IReadOnlyList<ReprintStats> Build(string successor, IEnumerable<CodeDay> oldCodeDays, IReadOnlyList<CodeEntry> registry)
    {
        var codes = registry.Where(e => e.SuccessorUnit == successor && e.MergedFrom is not null)
            .ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        return
        [
            .. oldCodeDays
                .Where(d => d.Scans > 0 && codes.TryGetValue(d.Code, out var e) && e.Unit == d.Unit && d.Date >= e.MergedFrom)
                .GroupBy(d => codes[d.Code].Code, StringComparer.Ordinal)
                .Select(g => Reprint(codes[g.Key], g.Sum(d => d.Scans), g.Max(d => d.Date)))
                .OrderByDescending(r => r.Scans).ThenBy(r => r.Code, StringComparer.Ordinal),
        ];
    }

    /// <summary>The rollup days of <paramref name="oldCodeDays"/> that belong on the successor's list (for the CSV).</summary>
    public static IEnumerable<CodeDay> Days(string successor, IEnumerable<CodeDay> oldCodeDays, IReadOnlyList<CodeEntry> registry)
    {
        var from = registry.Where(e => e.SuccessorUnit == successor && e.MergedFrom is not null)
            .ToDictionary(e => e.Code, e => (e.Unit, e.MergedFrom!.Value), StringComparer.OrdinalIgnoreCase);
        return oldCodeDays.Where(d => from.TryGetValue(d.Code, out var e) && e.Unit == d.Unit && d.Date >= e.Value);
    }

    private static ReprintStats Reprint(CodeEntry entry, long scans, DateOnly last) =>
        new(entry.Code, entry.Unit, UnitStats.KindName(entry.Kind), entry.Target, entry.Placement, entry.SuccessorPath!, scans, last) { Name = entry.Name };
}
