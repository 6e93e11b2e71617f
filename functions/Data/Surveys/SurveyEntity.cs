using Azure.Data.Tables;

namespace MotCua.Data.Surveys;

/// <summary>
/// A row of <c>surveys</c>: one answer. Keys come from <see cref="SurveyKeys"/>: partition <c>yyyyMMdd-&lt;unit&gt;</c>
/// (Vietnam-local day, office), row derived from the answer, so a retry lands on the same row. Every column is a
/// string except <see cref="Option"/> (Int32) and <see cref="Misuse"/> (Boolean). The statistics read answers by
/// <see cref="LocalHour"/>.
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

    /// <summary>The Vietnam-local hour, <c>2026-11-22T15+07:00</c>: no minutes, no seconds.</summary>
    public string? LocalHour { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local.</summary>
    public string? LocalDate { get; set; }

    /// <summary><c>form</c> or <c>script</c>.</summary>
    public string? Channel { get; set; }

    // No ClientId column (the row key holds its hash, which is all exactly-once needs), no Visitor column (the tally
    // row's key is all the rate limit needs) and no time to the second (LocalHour). Rows written before may still
    // carry ClientId, Visitor or LocalTime; only LocalTime is read (ReceivedFilter), and retention deletes those rows
    // with the rest.

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
            LocalHour = record.LocalHour,
            LocalDate = record.LocalDate,
            Channel = record.ChannelName,
            Misuse = record.Misuse,
            MisuseReason = record.MisuseReason,
        };
    }

    /// <summary>
    /// Answers of the whole hours [<paramref name="fromHour"/>, <paramref name="toHour"/>) (<c>yyyy-MM-ddTHH</c>
    /// prefixes, Vietnam time), in one day's partitions (every unit's) or, without a day, over the whole table. Tally
    /// rows have no hour and never match. Rows written before hours were stored carry <c>LocalTime</c> to the second
    /// and are read by the window (<paramref name="after"/>, <paramref name="through"/>] they were counted by then
    /// (that clause finds nothing once those rows are past retention).
    /// </summary>
    public static string ReceivedFilter(string? day, string fromHour, string toHour, string after, string through)
    {
        var received = TableClient.CreateQueryFilter(
            $"(LocalHour ge {fromHour} and LocalHour lt {toHour}) or (LocalTime gt {after} and LocalTime le {through})");
        return day is null
            ? received
            : TableClient.CreateQueryFilter($"PartitionKey ge {day} and PartitionKey lt {day + "."}") + " and (" + received + ")";
    }
}
