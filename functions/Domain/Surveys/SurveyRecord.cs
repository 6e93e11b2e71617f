using MotCua.Domain.Text;

namespace MotCua.Domain.Surveys;

/// <summary>How an answer reached the endpoint: the form itself, or the page script re-sending a saved answer.</summary>
public enum SurveyChannel
{
    Form,
    Script,
}

/// <summary>
/// One row of the <c>surveys</c> table: the answer, where and when, and whether it is left out of
/// the statistics as misuse. Misuse is flagged, never dropped, so an office can see stuffing attempts.
/// </summary>
public sealed record SurveyRecord
{
    public const string MisuseHoneypot = "honeypot";
    public const string MisuseRate = "rate";

    public required string PartitionKey { get; init; }
    public required string RowKey { get; init; }
    public required SurveyAnswer Answer { get; init; }

    /// <summary>ISO 8601 Vietnam-local time, e.g. <c>2026-11-22T15:04:05+07:00</c>.</summary>
    public required string LocalTime { get; init; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local.</summary>
    public required string LocalDate { get; init; }

    public required SurveyChannel Channel { get; init; }

    /// <summary>The daily-keyed visitor hash (<see cref="Privacy.VisitorHasher"/>).</summary>
    public required string Visitor { get; init; }

    public bool Misuse => MisuseReason.Length > 0;

    /// <summary>"" for a counted answer, <see cref="MisuseHoneypot"/> or <see cref="MisuseRate"/>.</summary>
    public string MisuseReason { get; init; } = "";

    /// <summary>The channel as stored: <c>form</c> or <c>script</c>.</summary>
    public string ChannelName => Channel == SurveyChannel.Script ? "script" : "form";

    /// <summary>
    /// The record for <paramref name="answer"/>. <paramref name="earlierAnswers"/> is how many answers this
    /// visitor already gave at this counter today; from <paramref name="maxPerDay"/> on (default
    /// <see cref="SurveyLimits.MaxAnswersPerVisitorCounterDay"/>) the answer is flagged <see cref="MisuseRate"/>.
    /// A filled honeypot is flagged first.
    /// </summary>
    public static SurveyRecord Create(
        SurveyAnswer answer, string visitor, SurveyChannel channel, int earlierAnswers, DateTimeOffset now,
        int maxPerDay = SurveyLimits.MaxAnswersPerVisitorCounterDay) => new()
    {
        PartitionKey = SurveyKeys.PartitionKey(now),
        RowKey = SurveyKeys.RowKey(answer, visitor, now),
        Answer = answer,
        LocalTime = VietnamTime.Format(now),
        LocalDate = VietnamTime.Date(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Channel = channel,
        Visitor = visitor,
        MisuseReason = answer.HoneypotFilled ? MisuseHoneypot
            : earlierAnswers >= maxPerDay ? MisuseRate
            : "",
    };
}
