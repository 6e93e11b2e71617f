using MotCua.Domain.Privacy;

namespace MotCua.Stats.Retention;

/// <summary>How long raw scans and answers are kept, bound from the configuration section <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// Days after the end of a Vietnam-local day that its raw events are kept (then deleted, once counted). At most
    /// <see cref="RetentionPolicy.MaxDays"/>: the published privacy notice promises that limit.
    /// </summary>
    public int Days { get; set; } = RetentionPolicy.MaxDays;

    /// <summary>Rows one run deletes at most, so a first run over a long history cannot outlast the timer; the next run goes on.</summary>
    public int MaxDeletesPerRun { get; set; } = 20_000;

    /// <summary>Throws with a clear message when a setting cannot work.</summary>
    public RetentionOptions Validate()
    {
        if (Days < 1 || Days > RetentionPolicy.MaxDays)
        {
            throw new InvalidOperationException(
                $"{Section}:Days must be between 1 and {RetentionPolicy.MaxDays} (the limit the privacy notice promises), not {Days}.");
        }

        if (MaxDeletesPerRun < TableLimits.TransactionSize)
        {
            throw new InvalidOperationException($"{Section}:MaxDeletesPerRun must be at least {TableLimits.TransactionSize}, not {MaxDeletesPerRun}.");
        }

        return this;
    }
}
