using Azure.Data.Tables;
using MotCua.Domain.Surveys;

namespace MotCua.Data.Surveys;

/// <summary>
/// A row of <c>surveys</c>: one answer. Keys come from <see cref="SurveyKeys"/>: partition <c>yyyyMMdd</c>
/// (Vietnam-local day), row derived from the answer, so a retry lands on the same row. Every column is a
/// string except <see cref="Option"/> (Int32) and <see cref="Misuse"/> (Boolean). The statistics read answers by
/// <see cref="TableRow.Timestamp"/>, the time storage wrote them.
/// </summary>
public sealed record SurveyEntity : TableRow
{
    public string? Counter { get; set; }

    public string? Unit { get; set; }

    /// <summary>Index into the survey's choices; absent on a malformed row.</summary>
    public int? Option { get; set; }

    /// <summary>Reason keys joined by commas.</summary>
    public string? Reasons { get; set; }

    public string? Comment { get; set; }

    public string? Procedure { get; set; }

    public string? LocalTime { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local.</summary>
    public string? LocalDate { get; set; }

    /// <summary><c>form</c> or <c>script</c>.</summary>
    public string? Channel { get; set; }

    public string? Visitor { get; set; }

    // No ClientId column: the row key already holds its hash, which is all exactly-once needs. Older rows may
    // still carry one; nothing reads it, and retention deletes those rows with the rest.

    public bool Misuse { get; set; }

    public string? MisuseReason { get; set; }

    public static SurveyEntity From(SurveyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            PartitionKey = record.PartitionKey,
            RowKey = record.RowKey,
            Counter = record.Answer.Counter,
            Unit = record.Answer.Unit,
            Option = record.Answer.Option,
            Reasons = string.Join(',', record.Answer.Reasons),
            Comment = record.Answer.Comment,
            Procedure = record.Answer.Procedure,
            LocalTime = record.LocalTime,
            LocalDate = record.LocalDate,
            Channel = record.ChannelName,
            Visitor = record.Visitor,
            Misuse = record.Misuse,
            MisuseReason = record.MisuseReason,
        };
    }

    /// <summary>One visitor's answers at one counter in one day's partition (values are literals: none can widen the query).</summary>
    public static string VisitorFilter(string partitionKey, string visitor, string unit, string counter) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and Visitor eq {visitor} and Unit eq {unit} and Counter eq {counter}");

    /// <summary>
    /// Answers received in (<paramref name="after"/>, <paramref name="through"/>] by their <c>LocalTime</c> (Vietnam time
    /// to the second, fixed width, so text order is time order), in one day's partition or, without one, over the whole
    /// table. The function's clock, not storage's: the same clock as the scans' row keys.
    /// </summary>
    public static string ReceivedFilter(string? partitionKey, string after, string through) =>
        partitionKey is null
            ? TableClient.CreateQueryFilter($"LocalTime gt {after} and LocalTime le {through}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and LocalTime gt {after} and LocalTime le {through}");
}
