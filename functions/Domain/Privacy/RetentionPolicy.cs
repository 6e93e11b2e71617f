namespace MotCua.Domain.Privacy;

/// <summary>
/// How long raw scan and survey events may be kept. The privacy notice promises <see cref="MaxDays"/>; the retention
/// setting of the statistics job may be shorter, never longer (its validation refuses more), so the published notice
/// and what the job does cannot drift apart.
/// </summary>
public static class RetentionPolicy
{
    /// <summary>Days after the end of a Vietnam-local day that its raw events are kept at most: the notice's promise and the default.</summary>
    public const int MaxDays = 90;
}
