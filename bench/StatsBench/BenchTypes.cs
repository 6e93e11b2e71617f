namespace MotCua.Bench.Stats;

/// <summary>The cost of one run.</summary>
internal sealed record Measure(long Milliseconds, long Scans, long Rollups, long Reads, long Writes);

/// <summary>The benchmark's clock: the second run happens ten minutes after the first.</summary>
internal sealed class BenchClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
