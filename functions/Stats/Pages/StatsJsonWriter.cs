using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Domain.Text;

namespace MotCua.Stats.Pages;

/// <summary>
/// Writes <c>stats.json</c>, the open-data view of a unit's statistics. The keys are a published
/// contract: <c>unit</c>, <c>generated_at</c>, <c>totals</c>, <c>codes</c>, <c>counters</c>, <c>days</c>,
/// <c>slip_months</c> and <c>open_months</c> (the two surveys per month, apart), and for a
/// unit that offices were merged into, <c>reprint</c>: the old codes still scanned since the merger.
/// Counts are raw (no small-n suppression): answers are anonymous and re-users need exact sums.
/// </summary>
public static class StatsJsonWriter
{
    private static readonly StatsJsonContext Json = new(new JsonSerializerOptions(StatsJsonContext.Default.Options) { Encoder = StatsFormat.JsonEncoder });

    public static byte[] Write(UnitStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var document = new StatsDocument(
            stats.Unit,
            VietnamTime.Format(stats.GeneratedAt),
            stats.Totals,
            stats.Codes,
            stats.Counters,
            stats.Days,
            [.. stats.SlipMonths.Select(SlipMonthJson.Of)],
            [.. stats.OpenMonths.Select(OpenMonthJson.Of)],
            stats.MergedUnits.Count > 0 ? stats.Reprints : null);
        return JsonSerializer.SerializeToUtf8Bytes(document, Json.StatsDocument);
    }
}

/// <summary>The whole of <c>stats.json</c>; each key is its property's name in snake_case.</summary>
internal sealed record StatsDocument(
    string Unit,
    string GeneratedAt,
    StatsTotals Totals,
    IReadOnlyList<CodeStats> Codes,
    IReadOnlyList<CounterStats> Counters,
    IReadOnlyList<DayStats> Days,
    IReadOnlyList<SlipMonthJson> SlipMonths,
    IReadOnlyList<OpenMonthJson> OpenMonths,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ReprintStats>? Reprint);

/// <summary>
/// Generated serialization, so the publisher's <c>stats</c> verb stays trimming-safe. Nulls are written: a withheld
/// figure is a <c>null</c> the re-user sees, not a missing key.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(StatsDocument))]
internal sealed partial class StatsJsonContext : JsonSerializerContext;
