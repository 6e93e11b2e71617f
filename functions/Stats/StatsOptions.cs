namespace MotCua.Stats;

/// <summary>Settings of the statistics job, bound from the configuration section <c>Stats</c>.</summary>
public sealed class StatsOptions
{
    public const string Section = "Stats";

    /// <summary>The longest <see cref="SafetyLag"/>: a longer one would only delay the published figures.</summary>
    public static readonly TimeSpan MaxSafetyLag = TimeSpan.FromHours(1);

    /// <summary>
    /// Events newer than now minus this are left for the next run, so a scan whose write is still
    /// in flight (or whose handler clock is a little ahead) is not skipped for ever.
    /// </summary>
    public TimeSpan SafetyLag { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a run's claim on a window holds; after it another run may finish that window.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The longest window one aggregation step counts. After an outage the backlog is counted in steps of at most
    /// this much time, each claimed and committed on its own, so a step's reads and writes stay bounded and a run
    /// that stops mid-way loses at most one step. Each step has a fixed cost (claim, commit, the totals' rollups), so
    /// a week rather than a day (docs/performance.md: 0.80× against 0.56× of Azurite's own read speed).
    /// </summary>
    public TimeSpan MaxWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// A run starts no new step after this long, so it publishes well within the Functions timeout (5 minutes); the
    /// next run goes on where it stopped.
    /// </summary>
    public TimeSpan RunBudget { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The static website container the statistics are published to.</summary>
    public string WebContainer { get; set; } = "$web";

    /// <summary>Cache-Control of the published files: short, they change every run.</summary>
    public string CacheControl { get; set; } = "public, max-age=300";

    /// <summary>Throws with a clear message when a setting cannot work.</summary>
    public StatsOptions Validate()
    {
        if (SafetyLag < TimeSpan.Zero || SafetyLag > MaxSafetyLag)
        {
            throw new InvalidOperationException($"{Section}:SafetyLag must be between 0 and 1 hour, not {SafetyLag}.");
        }

        if (ClaimLease < TimeSpan.FromSeconds(10))
        {
            throw new InvalidOperationException($"{Section}:ClaimLease must be at least 10 seconds, not {ClaimLease}.");
        }

        if (MaxWindow < TimeSpan.FromHours(1) || MaxWindow > TimeSpan.FromDays(31))
        {
            throw new InvalidOperationException($"{Section}:MaxWindow must be between 1 hour and 31 days, not {MaxWindow}.");
        }

        if (RunBudget < TimeSpan.Zero || RunBudget > TimeSpan.FromMinutes(4))
        {
            throw new InvalidOperationException($"{Section}:RunBudget must be between 0 and 4 minutes (the timer's timeout is 5), not {RunBudget}.");
        }

        return this;
    }
}
