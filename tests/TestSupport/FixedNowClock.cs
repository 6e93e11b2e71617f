namespace MotCua.TestSupport;

/// <summary>
/// <see cref="TestClock.Now"/> as "now", with the system's real timers and stopwatch: for code under test that
/// stamps records with the date and also waits in real time (batch intervals, retry pauses), where a
/// <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> would stop every timer until moved by hand.
/// </summary>
public sealed class FixedNowClock(DateTimeOffset? now = null) : TimeProvider
{
    private readonly DateTimeOffset _now = now ?? TestClock.Now;

    public override DateTimeOffset GetUtcNow() => _now;
}
