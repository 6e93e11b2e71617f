namespace MotCua.Bench.Stats;

/// <summary>The cost of one run.</summary>
internal sealed record Measure(long Milliseconds, long Scans, long Rollups, long Reads, long Writes);
