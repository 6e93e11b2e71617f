using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Slips;
using MotCua.Domain.Slips;

namespace MotCua.Stats.Tests.Slips;

/// <summary>Slip rows written as <c>publisher slips</c> and the slip endpoint write them.</summary>
internal static class SlipRows
{
    public static async Task BatchAsync(StatsStorage storage, string unit, DateOnly printed, string batch, int count) =>
        await storage.Tables.GetTableClient(TableNames.Slips).AddEntityAsync(new SlipBatchEntity
        {
            PartitionKey = SlipKeys.BatchPartition,
            RowKey = SlipKeys.BatchRow(unit, printed, batch),
            Unit = unit,
            PrintedDate = printed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Count = count,
            Layout = "a4-24",
        }, CancellationToken.None);

    /// <summary>A slip's use and answer in one transaction, as the slip endpoint stores them.</summary>
    public static async Task<SlipRecord> AnswerAsync(StatsStorage storage, string unit, DateTimeOffset at, int option, string reasons)
    {
        var record = SlipRecord.Create(unit, Guid.NewGuid().ToString("N")[..16], new SlipAnswer(option, reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), ""), at);
        await storage.Tables.GetTableClient(TableNames.SlipAnswers).SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, SlipUseEntity.From(record)),
            new TableTransactionAction(TableTransactionActionType.Add, SlipAnswerEntity.From(record)),
        ], CancellationToken.None);
        return record;
    }
}
