using MotCua.Domain.Surveys;
using MotCua.Domain.Text;

namespace MotCua.Data.Surveys;

/// <summary>How an answer reached the endpoint: the form itself, or the page script re-sending a saved answer.</summary>
public enum SurveyChannel
{
    Form,
    Script,
}

/// <summary>
/// One row of the <c>surveys</c> table: the answer, where and in which hour, and whether it is left out of the
/// statistics as misuse. Misuse is flagged, never dropped, so an office can see stuffing attempts. The time is kept
/// to the hour only: to the second, beside its counter, it would let staff match an answer to the person they had
/// just served.
/// </summary>
public sealed record SurveyRecord
{
    public const string MisuseHoneypot = "honeypot";
    public const string MisuseCrossSite = "cross-site";
    public const string MisuseRate = "rate";

    public required string PartitionKey { get; init; }
    public required string RowKey { get; init; }

    /// <summary>The row that counts this visitor's answers at this counter today (<see cref="SurveyKeys.TallyRowKey"/>); not a column.</summary>
    public required string TallyRowKey { get; init; }

    public required SurveyAnswer Answer { get; init; }

    /// <summary>The Vietnam-local hour, e.g. <c>2026-11-22T15+07:00</c> (<see cref="VietnamTime.FormatHour"/>).</summary>
    public required string LocalHour { get; init; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local.</summary>
    public required string LocalDate { get; init; }

    public required SurveyChannel Channel { get; init; }

    public bool Misuse => MisuseReason.Length > 0;

    /// <summary>"" for a counted answer, <see cref="MisuseHoneypot"/>, <see cref="MisuseCrossSite"/> or <see cref="MisuseRate"/>.</summary>
    public string MisuseReason { get; init; } = "";

    /// <summary>The channel as stored: <c>form</c> or <c>script</c>.</summary>
    public string ChannelName => Channel == SurveyChannel.Script ? "script" : "form";

    /// <summary>
    /// The record for <paramref name="answer"/> from the visitor whose day hash is <paramref name="visitor"/>.
    /// <paramref name="earlierAnswers"/> is how many answers this visitor already gave at this counter today; from
    /// <paramref name="maxPerDay"/> on (default <see cref="SurveyLimits.MaxAnswersPerVisitorCounterDay"/>) the answer
    /// is flagged <see cref="MisuseRate"/>. A filled honeypot is flagged first, then a post from another site.
    /// </summary>
    public static SurveyRecord Create(
        SurveyAnswer answer, string visitor, SurveyChannel channel, int earlierAnswers, DateTimeOffset now,
        int maxPerDay = SurveyLimits.MaxAnswersPerVisitorCounterDay, bool crossSite = false)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new()
        {
            PartitionKey = SurveyKeys.PartitionKey(now, answer.Unit),
            RowKey = SurveyKeys.RowKey(answer, visitor, now),
            TallyRowKey = SurveyKeys.TallyRowKey(visitor, answer.Counter),
            Answer = answer,
            LocalHour = VietnamTime.FormatHour(now),
            LocalDate = VietnamTime.Date(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Channel = channel,
            MisuseReason = answer.HoneypotFilled ? MisuseHoneypot
                : crossSite ? MisuseCrossSite
                : earlierAnswers >= maxPerDay ? MisuseRate
                : "",
        };
    }
}
