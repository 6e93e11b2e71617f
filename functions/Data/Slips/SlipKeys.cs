using System.Globalization;
using System.Security.Cryptography;
using MotCua.Domain.Text;

namespace MotCua.Data.Slips;

/// <summary>
/// Keys of the two slip tables, decided once.
/// <list type="bullet">
/// <item><c>slips</c>: a printed slip in partition <c>s-</c> + its id's first character (31 partitions, so a batch is
/// written in a few transactions and read by one point read), row key its id; a printed batch in partition
/// <c>batch</c>, row key <c>unit|yyyyMMdd|BATCH</c>, so the statistics read every batch with one query.</item>
/// <item><c>slipanswers</c>: partition = the slip's unit. The slip's use (<c>u-ID</c>) and its answer
/// (<c>a-yyyy-MM-ddTHH-random</c>, Vietnam-local hour) are inserted in one transaction: the use is insert-if-absent,
/// so a slip is answered once whatever races, and the answer never holds the slip's id.</item>
/// </list>
/// </summary>
public static class SlipKeys
{
    public const string BatchPartition = "batch";

    private const string UsePrefix = "u-";
    private const string AnswerPrefix = "a-";

    public static string SlipPartition(string id) => "s-" + id[0];

    public static string BatchRow(string unit, DateOnly printed, string batch) =>
        $"{unit}|{printed.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}|{batch}";

    public static string UseRow(string id) => UsePrefix + id;

    /// <summary>An answer's row: its Vietnam-local hour, so a range of hours is a range of keys, and random bits.</summary>
    public static string AnswerRow(DateTimeOffset received) =>
        AnswerPrefix + VietnamTime.HourPrefix(received) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>The first answer key of an hour (<see cref="VietnamTime.HourPrefix"/>): answers of [a, b) are keys in [From(a), From(b)).</summary>
    public static string AnswersFrom(string hourPrefix) => AnswerPrefix + hourPrefix;

    /// <summary>Past every answer key.</summary>
    public const string AnswersEnd = "a.";

    /// <summary>The first key of the answers of a Vietnam-local day.</summary>
    public static string AnswersOfDay(DateOnly day) => AnswerPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
