using Azure.Data.Tables;
using MotCua.Data.Slips;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>Slips handed out: every batch row of <c>slips</c> (one partition, one query), summed per office and month printed.</summary>
internal static class SlipBatches
{
    private static readonly string[] Columns = [nameof(SlipBatchEntity.Unit), nameof(SlipBatchEntity.PrintedDate), nameof(SlipBatchEntity.Count)];

    public static async Task<Dictionary<string, Dictionary<DateOnly, long>>> ReadAsync(TableClient slips, CancellationToken cancellationToken)
    {
        var byUnit = new Dictionary<string, Dictionary<DateOnly, long>>(StringComparer.Ordinal);
        await foreach (var batch in slips.QueryAsync<SlipBatchEntity>(SlipEntity.BatchesFilter(), TableLimits.PageSize, Columns, cancellationToken))
        {
            if (string.IsNullOrEmpty(batch.Unit)
                || !DateOnly.TryParseExact(batch.PrintedDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var printed))
            {
                continue;
            }

            var months = byUnit.TryGetValue(batch.Unit, out var known) ? known : byUnit[batch.Unit] = [];
            var month = SlipMonth.MonthOf(printed);
            months[month] = months.GetValueOrDefault(month) + batch.Count;
        }

        return byUnit;
    }
}
