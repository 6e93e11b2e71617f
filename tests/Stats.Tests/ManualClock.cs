namespace MotCua.Stats.Tests;

/// <summary>A clock the test sets: the aggregation's "now" decides its window.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
