namespace MotCua.Stats.Rollups;

/// <summary>
/// One row of <c>statsdaily</c> to add to: counts that add up and labels that the newer value
/// replaces. Every rollup kind (a code's day, a counter's day, totals, a day's sums) is one of these,
/// so one guarded read-modify-write serves them all.
/// </summary>
internal sealed class RollupRow(string unit, string rowKey)
{
    public string Unit { get; } = unit;

    public string RowKey { get; } = rowKey;

    public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    public RollupRow Count(string name, long value)
    {
        if (value != 0)
        {
            Counts[name] = Counts.GetValueOrDefault(name) + value;
        }

        return this;
    }

    public RollupRow Label(string name, string value)
    {
        if (value.Length > 0)
        {
            Labels[name] = value;
        }

        return this;
    }
}
