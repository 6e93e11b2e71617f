using System.Globalization;
using Azure.Data.Tables;
using MotCua.Domain.Text;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests;

/// <summary>Raw entities shaped exactly as the CONTRACTS tables describe, written straight into the tables.</summary>
internal static class StatsEntities
{
    public static readonly string[] Units = ["tp-cao-bang", "phuong-quan-thanh"];
    public static readonly string[] Codes = ["HT2K", "CT7A", "DD3M", "XD9Q", "BHT1"];
    public static readonly string[] Counters = ["quay-1", "quay-2", "quay-3"];

    public static TableEntity Scan(Random random, DateTimeOffset at, bool? portal = null, bool? bot = null)
    {
        var code = Codes[random.Next(Codes.Length)];
        var isBoard = code.StartsWith('B');
        var unit = Units[random.Next(Units.Length)];
        var isBot = bot ?? random.Next(10) == 0;
        var scan = ScanOf(
            new StoredCode(code, isBoard ? "board" : "procedure", unit, isBoard ? $"{unit}/ho-tich" : $"{unit}/linh-vuc-{code[0]}/thu-tuc-{code.ToLowerInvariant()}", isBoard ? "bang-niem-yet" : "to-thu-tuc"),
            at, isBot, $"{VietnamTime.DateKey(at)}-s{random.Next(8)}", $"{at.UtcTicks:D19}-{random.Next():x8}");
        scan["Event"] = portal ?? random.Next(5) == 0 ? "portal" : "scan";
        return scan;
    }

    /// <summary>One scan of <paramref name="code"/> at <paramref name="at"/>, keyed as the handler keys it.</summary>
    public static TableEntity ScanOf(StoredCode code, DateTimeOffset at, bool bot = false, string? partitionKey = null, string? rowKey = null) =>
        ScanRows.Of(code.Code, code.Kind, code.Unit, code.Target, code.Placement, at, bot, partitionKey, rowKey);

    public static TableEntity Answer(Random random, DateTimeOffset at, bool? misuse = null, string? unit = null, string? counter = null)
    {
        var isMisuse = misuse ?? random.Next(8) == 0;
        unit ??= Units[random.Next(Units.Length)];
        return new TableEntity($"{VietnamTime.DateKey(at)}-{unit}", $"c-{Guid.NewGuid():N}")
        {
            ["Counter"] = counter ?? Counters[random.Next(Counters.Length)],
            ["Unit"] = unit,
            ["Option"] = random.Next(3),
            ["Reasons"] = "",
            ["Comment"] = "<script>alert(1)</script> rất tốt",
            ["Procedure"] = "",
            ["LocalHour"] = VietnamTime.FormatHour(at),
            ["LocalDate"] = VietnamTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Channel"] = "form",
            ["Misuse"] = isMisuse,
            ["MisuseReason"] = isMisuse ? "honeypot" : "",
        };
    }

    /// <summary>A tally row, as the survey endpoint keeps one per visitor and counter beside the answers.</summary>
    public static TableEntity Tally(DateTimeOffset at, string unit, int count) =>
        new($"{VietnamTime.DateKey(at)}-{unit}", $"n-{Guid.NewGuid():N}") { ["Count"] = count };

    /// <summary>Instants spread evenly over [from, to).</summary>
    public static IEnumerable<DateTimeOffset> Spread(DateTimeOffset from, DateTimeOffset to, int count) =>
        Enumerable.Range(0, count).Select(i => from + ((to - from) * i / count));

    /// <summary>Inserts in transactions of 100 entities of one partition, as the benchmark does.</summary>
    public static async Task InsertAsync(TableClient table, IEnumerable<TableEntity> entities)
    {
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), CancellationToken.None);
            }
        }
    }
}

/// <summary>What a scan entity says about the code scanned.</summary>
internal sealed record StoredCode(string Code, string Kind, string Unit, string Target, string Placement);
