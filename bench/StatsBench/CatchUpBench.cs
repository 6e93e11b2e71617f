using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.TestSupport;

namespace MotCua.Bench.Stats;

/// <summary>
/// The statistics' catch-up after an outage (bench/stats-catchup.sh): COUNT scans spread over DAYS seeded into a
/// private in-memory Azurite, then Azurite's own read of them, the statistics job counting them all from nothing, and
/// Azurite's read again; the goal's ratio is to the faster read. Usage: stats-bench catchup-bench [COUNT] [DAYS]
/// </summary>
internal static class CatchUpBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var days = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
        await using var azurite = await AzuriteInstance.StartAsync();
        var scans = new TableServiceClient(azurite.ConnectionString, StorageClientDefaults.TableOptions()).GetTableClient(TableNames.Scans);
        await scans.CreateIfNotExistsAsync();
        var now = DateTimeOffset.UtcNow;
        var seed = Stopwatch.StartNew();
        await Seeding.InsertAsync(scans, Seeding.Spread(now.AddDays(-days), now.AddMinutes(-5), count), new Random(42));
        Console.Error.WriteLine($"seeded {count:N0} scans over {days} days in {seed.Elapsed.TotalSeconds:F0} s");

        var before = await ChildAsync("reference", azurite.ConnectionString);
        var catchUp = await ChildAsync("catchup", azurite.ConnectionString);
        var after = await ChildAsync("reference", azurite.ConnectionString);
        var reference = Math.Min(before[1], after[1]);
        var ratio = (double)catchUp[1] / reference;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"catch-up over {count:N0} scans in {days} days; load average {File.ReadAllText("/proc/loadavg")[..14]}"));
        Console.WriteLine("| measure | statistics catch-up | Azurite serving the same entities (before; after) | ratio | goal | |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| wall time | {catchUp[1]:N0} ms ({catchUp[0]:N0} scans, {catchUp[2]} runs, {catchUp[3]} steps) | {before[1]:N0} ms; {after[1]:N0} ms ({before[0]:N0} entities) | {ratio:F2}× | ≤ 1.1× | {(ratio <= 1.1 ? "met" : "not met")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| peak memory (working set) | {catchUp[4]} MB | {before[2]} MB; {after[2]} MB | | ≤ 256 MB | {(catchUp[4] <= 256 ? "met" : "not met")} |"));
        return catchUp[0] == before[0] ? 0 : 1;
    }

    /// <summary>Runs this program again in MODE against CONN; returns the numbers of the one line it prints.</summary>
    private static async Task<long[]> ChildAsync(string mode, string connection)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CatchUpBench).Assembly.Location); // run as `dotnet stats-bench.dll`
        }

        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(connection);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"stats-bench {mode} exited with {process.ExitCode}: {output}");
        }

        return [.. output.Trim().Split(' ').Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
    }
}
