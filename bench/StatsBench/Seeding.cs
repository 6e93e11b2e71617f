using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data.Scans;
using MotCua.Domain.Text;

namespace MotCua.Bench.Stats;

/// <summary>Scans shaped as the handler writes them, spread evenly over a time range, inserted in transactions of 100.</summary>
internal static class Seeding
{
    public static IEnumerable<DateTimeOffset> Spread(DateTimeOffset from, DateTimeOffset to, int count) =>
        Enumerable.Range(0, count).Select(i => from + ((to - from) * i / count));

    public static async Task InsertAsync(TableClient table, IEnumerable<DateTimeOffset> instants, Random random)
    {
        string[] units = ["tp-cao-bang", "phuong-quan-thanh"];
        var entities = instants.Select(at =>
        {
            var code = $"C{random.Next(50):D2}";
            var unit = units[random.Next(units.Length)];
            return new ScanEntity
            {
                PartitionKey = $"{VietnamTime.DateKey(at)}-s{random.Next(8)}",
                RowKey = $"{at.UtcTicks:D19}-{random.Next():x8}",
                Event = random.Next(6) == 0 ? "portal" : "scan",
                Code = code,
                Kind = "procedure",
                Target = $"{unit}/ho-tich/thu-tuc-{code}",
                Placement = "to-thu-tuc",
                Unit = unit,
                LocalTime = VietnamTime.Format(at),
                LocalDate = VietnamTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Device = "mobile",
                IsBot = random.Next(20) == 0,
                BotReason = "",
                Referrer = "",
            };
        });
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), CancellationToken.None);
            }
        }
    }
}
