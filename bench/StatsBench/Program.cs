using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using MotCua.Bench.Stats;
using MotCua.Domain.Text;
using MotCua.Stats;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.TestSupport;

// Aggregates 100,000 scans, then 1,000 more, on a private in-memory Azurite; prints the second
// run's cost next to the first's. Usage: stats-bench [FIRST] [SECOND]
// The catch-up after an outage has its own modes: see CatchUpBench (catchup-bench) and CatchUp (its two halves).
if (args is ["catchup-bench", ..])
{
    return await CatchUpBench.RunAsync(args);
}

if (args is ["reference" or "catchup", _])
{
    return await CatchUp.RunAsync(args);
}

var first = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var second = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;

await using var azurite = await AzuriteInstance.StartAsync();
var counter = new RequestCounter();
var tables = new TableServiceClient(azurite.ConnectionString, counter.AddTo(StorageClientDefaults.TableOptions()));
var blobs = new BlobServiceClient(azurite.ConnectionString, counter.AddTo(StorageClientDefaults.BlobOptions()));
var scans = tables.GetTableClient(TableNames.Scans);
await scans.CreateIfNotExistsAsync();

var now = DateTimeOffset.UtcNow;
// The second run happens ten minutes after the first, by this clock.
var clock = new FakeTimeProvider(now);
var runner = new StatsRunner(tables, blobs, new StatsOptions(), clock);
var random = new Random(42);

var insert = Stopwatch.StartNew();
await Seeding.InsertAsync(scans, Seeding.Spread(now.AddDays(-30), now.AddMinutes(-5), first), random);
Console.Error.WriteLine($"inserted {first:N0} scans in {insert.Elapsed.TotalSeconds:F1} s (transactions of 100)");
var one = await MeasureAsync(runner, counter);
var reference = await AzuriteReadRateAsync(scans, now.AddDays(-30), now);

// New scans after the first window's end (now minus the 2-minute lag); the clock moves on 10 minutes.
await Seeding.InsertAsync(scans, Seeding.Spread(now.AddSeconds(-90), now.AddMinutes(8), second), random);
clock.SetUtcNow(now.AddMinutes(10));
var two = await MeasureAsync(runner, counter);

Console.WriteLine($"| measure | first run ({first:N0} scans) | second run (+{second:N0} scans) | second / first |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
Row("time (ms)", one.Milliseconds, two.Milliseconds);
Row("scan entities read", one.Scans, two.Scans);
Row("rollup rows read", one.Rollups, two.Rollups);
Row("storage read requests (GET)", one.Reads, two.Reads);
Row("storage write requests", one.Writes, two.Writes);
var rate = one.Scans * 1000.0 / Math.Max(1, one.Milliseconds);
Console.WriteLine();
Console.WriteLine("| full aggregation | entities/s | reference | ratio | goal |");
Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {one.Scans:N0} scans in {one.Milliseconds:N0} ms | {rate:N0} | Azurite alone, plain SDK query per partition: {reference:N0} | {rate / reference:F2}x | >= 0.7x and <= 5 s: {(rate >= 0.7 * reference && one.Milliseconds <= 5000 ? "met" : "NOT met")} |"));
return 0;

// What Azurite serves the official SDK, one partition after another, with the statistics' columns: the reference
// the aggregation's reading speed is held to.
static async Task<double> AzuriteReadRateAsync(TableClient table, DateTimeOffset from, DateTimeOffset to)
{
    string[] columns = ["Event", "Code", "Kind", "Target", "Placement", "Unit", "LocalDate", "IsBot"];
    var watch = Stopwatch.StartNew();
    long read = 0;
    for (var day = VietnamTime.Date(from); day <= VietnamTime.Date(to); day = day.AddDays(1))
    {
        foreach (var partition in MotCua.Data.Scans.ScanKeys.PartitionKeysOf(day))
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, 1000, columns, CancellationToken.None))
            {
                read++;
            }
        }
    }

    return read * 1000.0 / Math.Max(1, watch.ElapsedMilliseconds);
}

static void Row(string name, long a, long b) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {a:N0} | {b:N0} | {(a == 0 ? 0 : (double)b / a):P1} |"));

static async Task<Measure> MeasureAsync(StatsRunner runner, RequestCounter counter)
{
    counter.Reset();
    var watch = Stopwatch.StartNew();
    var report = await runner.RunOnceAsync(CancellationToken.None);
    watch.Stop();
    foreach (var line in report.Lines())
    {
        Console.Error.WriteLine(line);
    }

    return new Measure(watch.ElapsedMilliseconds, report.Aggregation.ScansRead,
        report.Aggregation.RollupRowsRead + (report.Publication?.RowsRead ?? 0), counter.Reads, counter.Writes);
}
