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

    /// <summary>Above this many days since the watermark, one ranged query over the whole table beats per-day partitions.</summary>
    public int MaxDaysByPartition { get; set; } = 62;

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

        if (MaxDaysByPartition < 1)
        {
            throw new InvalidOperationException($"{Section}:MaxDaysByPartition must be at least 1.");
        }

        return this;
    }
}
