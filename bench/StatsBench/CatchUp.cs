using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Domain.Text;
using MotCua.Stats;

namespace MotCua.Bench.Stats;

/// <summary>
/// The two measured halves of the catch-up benchmark (<see cref="CatchUpBench"/>), each in a process of its own so its
/// peak memory is its own: Azurite's own read of the seeded scans (the reference), and the statistics job counting them
/// from nothing, run after run as the timer would, until it has caught up. Each prints one line on stdout.
/// </summary>
internal static class CatchUp
{
    /// <summary>The columns the statistics read: the reference reads the same.</summary>
    private static readonly string[] Columns = ["Event", "Code", "Kind", "Target", "Placement", "Unit", "LocalDate", "IsBot"];

    /// <summary>One mode in a process of its own, against the Azurite at CONN: <c>reference CONN</c> or <c>catchup CONN</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var connection = args[1];
        switch (args[0])
        {
            case "reference":
                var tables = new TableServiceClient(connection, StorageClientDefaults.TableOptions());
                var (read, ms) = await ReadAllAsync(tables.GetTableClient(TableNames.Scans));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reference {read} {ms} {PeakMegabytes()}"));
                return 0;
            case "catchup":
                return await CountAsync(connection);
            default:
                Console.Error.WriteLine("usage: stats-bench reference CONN | catchup CONN");
                return 2;
        }
    }

    /// <summary>Run after run, as the timer would, until the job says it has caught up; one line: scans, ms, runs, steps, peak MB.</summary>
    private static async Task<int> CountAsync(string connection)
    {
        var runner = StatsRunner.ForConnectionString(connection, new StatsOptions(), TimeProvider.System);
        long scans = 0;
        var runs = 0;
        var steps = 0;
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var report = await runner.RunOnceAsync(CancellationToken.None);
            runs++;
            steps += report.Aggregation.Steps;
            scans += report.Aggregation.ScansRead;
            foreach (var line in report.Lines())
            {
                Console.Error.WriteLine(line);
            }

            if (report.Aggregation.CaughtUp)
            {
                break;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"catchup {scans} {watch.ElapsedMilliseconds} {runs} {steps} {PeakMegabytes()}"));
        return 0;
    }

    /// <summary>What Azurite serves the official SDK, one day-shard partition after another, from the first scan's day to today.</summary>
    private static async Task<(long Read, long Milliseconds)> ReadAllAsync(TableClient table)
    {
        var watch = Stopwatch.StartNew();
        long read = 0;
        var first = await table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"]).FirstAsync();
        var from = DateOnly.ParseExact(first.PartitionKey[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
        for (var day = from; day <= VietnamTime.Date(DateTimeOffset.UtcNow); day = day.AddDays(1))
        {
            foreach (var partition in MotCua.Data.Scans.ScanKeys.PartitionKeysOf(day))
            {
                await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, 1000, Columns, CancellationToken.None))
                {
                    read++;
                }
            }
        }

        return (read, watch.ElapsedMilliseconds);
    }

    private static long PeakMegabytes() => Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
}
