using Azure.Data.Tables;
using MotCua.Data.Slips;
using MotCua.Domain.Text;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Aggregation;

/// <summary>
/// Reads the slip answers of a window into its rollup. The offices that print slips are those with a batch row (one
/// query of partition <c>batch</c>); each office's answers are one partition, read by the range of answer keys of the
/// window's whole hours [floor(after), floor(through)), as the counter survey's answers are: the same clock, the same
/// hour boundaries, so a window counts each answer once.
/// </summary>
internal sealed class SlipAnswerReader(TableClient slips, TableClient slipAnswers)
{
    private static readonly string[] BatchColumns = [nameof(SlipBatchEntity.Unit)];

    private static readonly string[] AnswerColumns =
        [nameof(SlipAnswerEntity.Option), nameof(SlipAnswerEntity.Reasons), nameof(SlipAnswerEntity.LocalDate)];

    /// <summary>Adds the answers of (<paramref name="after"/>, <paramref name="through"/>] to <paramref name="delta"/>; from the first answer when <paramref name="after"/> is 0.</summary>
    /// <returns>The answers read.</returns>
    public async Task<long> ReadAsync(long after, long through, RollupSet delta, CancellationToken cancellationToken)
    {
        var from = after <= 0 ? SlipKeys.AnswersFrom("") : SlipKeys.AnswersFrom(HourOf(after));
        var to = SlipKeys.AnswersFrom(HourOf(through));
        if (string.CompareOrdinal(from, to) >= 0)
        {
            return 0;
        }

        long read = 0;
        foreach (var unit in await UnitsAsync(cancellationToken))
        {
            await foreach (var e in slipAnswers.QueryAsync<SlipAnswerEntity>(SlipAnswerEntity.RangeFilter(unit, from, to), TableLimits.PageSize, AnswerColumns, cancellationToken))
            {
                read++;
                if (ToFact(unit, e) is { } fact)
                {
                    delta.Add(fact);
                }
            }
        }

        return read;
    }

    private async Task<List<string>> UnitsAsync(CancellationToken cancellationToken)
    {
        var units = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var batch in slips.QueryAsync<SlipBatchEntity>(SlipEntity.BatchesFilter(), TableLimits.PageSize, BatchColumns, cancellationToken))
        {
            if (!string.IsNullOrEmpty(batch.Unit))
            {
                units.Add(batch.Unit);
            }
        }

        return [.. units];
    }

    private static SlipAnswerFact? ToFact(string unit, SlipAnswerEntity e) =>
        e.Option is { } option && DateOnly.TryParseExact(e.LocalDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? new SlipAnswerFact(unit, date, option, (e.Reasons ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            : null;

    private static string HourOf(long ticks) => VietnamTime.HourPrefix(VietnamTime.FloorHour(new DateTimeOffset(ticks, TimeSpan.Zero)));
}
