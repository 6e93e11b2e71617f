using MotCua.Domain.Text;

namespace MotCua.Domain.Slips;

/// <summary>A valid answer to a slip: the rating, the reasons of a low rating, the comment already masked.</summary>
public sealed record SlipAnswer(int Option, IReadOnlyList<string> Reasons, string Comment);

/// <summary>What a slip form sent, as it may be shown again (escaped when rendered).</summary>
public sealed record SlipFormValues
{
    public string Unit { get; init; } = "";
    public string Option { get; init; } = "";
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public string Comment { get; init; } = "";
}

/// <summary>
/// One slip's use, ready to store: the slip's unit (the partition), the use's key, the answer's key and the hour it
/// came, to the hour only (as the counter survey keeps it). The answer's row never holds the slip's id.
/// </summary>
public sealed record SlipRecord(string Unit, string UseRowKey, string AnswerRowKey, SlipAnswer Answer, string LocalHour, string LocalDate)
{
    public static SlipRecord Create(string unit, string slipId, SlipAnswer answer, DateTimeOffset now) =>
        new(unit, SlipKeys.UseRow(slipId), SlipKeys.AnswerRow(now), answer, VietnamTime.FormatHour(now),
            VietnamTime.Date(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Whether the rating is the low one that asks why.</summary>
    public static bool IsLow(int option) => option == SlipChoices.LowOption;
}
