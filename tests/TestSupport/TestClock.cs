using MotCua.Domain.Text;

namespace MotCua.TestSupport;

/// <summary>
/// The one "now" of tests that need an ordinary moment: fixed, so a test gives the same answer on any day it runs.
/// The committed sample sheets were updated in 2026, so this is within their one-year freshness window.
/// </summary>
public static class TestClock
{
    /// <summary>20 November 2026, 10:00 in Vietnam: a weekday morning, far from midnight and from a month's end.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The Vietnam-local date of <see cref="Now"/>, as sheets write it in <c>updated:</c>.</summary>
    public static DateOnly Today => VietnamTime.Date(Now);

    /// <summary><see cref="Today"/> in ISO form, for sheets a test writes.</summary>
    public static string TodayIso => Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fake clock at <see cref="Now"/> (or another moment) that the test moves by hand.</summary>
    public static FakeTimeProvider Create(DateTimeOffset? at = null) => new(at ?? Now);

    /// <summary>
    /// For an app running in process with its own timers and timeouts: a clock that starts at <see cref="Now"/>
    /// and runs at the machine's speed, so waits and timers behave as in production while the date is the test's.
    /// </summary>
    public static TimeProvider Running(DateTimeOffset? from = null) => new RunningClock(from ?? Now);

    private sealed class RunningClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = System.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_started);
    }
}
