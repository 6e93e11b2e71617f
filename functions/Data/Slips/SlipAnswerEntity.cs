using Azure.Data.Tables;

namespace MotCua.Data.Slips;

/// <summary>
/// A row of <c>slipanswers</c> (partition = the slip's office): a slip's use, row key <c>u-ID</c>, inserted in the same
/// transaction as its answer. Its existence is the whole record: the slip cannot be used again.
/// </summary>
public sealed record SlipUseEntity : TableRow
{
    public static SlipUseEntity From(SlipRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new() { PartitionKey = record.Unit, RowKey = record.UseRowKey };
    }
}

/// <summary>
/// A row of <c>slipanswers</c>: one slip's answer, row key <c>a-yyyy-MM-ddTHH-random</c> (the Vietnam-local hour, so the
/// statistics read an hour range as a key range). It holds no slip id and the time to the hour only.
/// </summary>
public sealed record SlipAnswerEntity : TableRow
{
    /// <summary>Index into the rating scale.</summary>
    public int? Option { get; set; }

    /// <summary>Reason keys of a low rating, comma-separated.</summary>
    public string? Reasons { get; set; }

    /// <summary>The comment, masked.</summary>
    public string? Comment { get; set; }

    /// <summary>The Vietnam-local hour, <c>2026-11-22T15+07:00</c>.</summary>
    public string? LocalHour { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local.</summary>
    public string? LocalDate { get; set; }

    public static SlipAnswerEntity From(SlipRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            PartitionKey = record.Unit,
            RowKey = record.AnswerRowKey,
            Option = record.Answer.Option,
            Reasons = string.Join(',', record.Answer.Reasons),
            Comment = record.Answer.Comment,
            LocalHour = record.LocalHour,
            LocalDate = record.LocalDate,
        };
    }

    /// <summary>An office's answers whose row keys fall in [<paramref name="from"/>, <paramref name="to"/>) (literals: nothing can widen it).</summary>
    public static string RangeFilter(string unit, string from, string to) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {unit} and RowKey ge {from} and RowKey lt {to}");
}
