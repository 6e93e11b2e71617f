using MotCua.Domain.Slips;
using MotCua.Domain.Text;

namespace MotCua.Data.Slips;

/// <summary>
/// One slip's use, ready to store: the slip's unit (the partition), the use's key, the answer's key and the hour it
/// came, to the hour only (as the counter survey keeps it). The answer's row never holds the slip's id.
/// </summary>
public sealed record SlipRecord(string Unit, string UseRowKey, string AnswerRowKey, SlipAnswer Answer, string LocalHour, string LocalDate)
{
    public static SlipRecord Create(string unit, string slipId, SlipAnswer answer, DateTimeOffset now) =>
        new(unit, SlipKeys.UseRow(slipId), SlipKeys.AnswerRow(now), answer, VietnamTime.FormatHour(now),
            VietnamTime.Date(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
