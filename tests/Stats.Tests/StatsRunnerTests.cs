using Azure.Data.Tables;
using MotCua.TestSupport;
using MotCua.Data;
using MotCua.Stats.Aggregation;

namespace MotCua.Stats.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StatsRunnerTests(AzuriteFixture azurite)
{
    /// <summary>Vietnam's midnight is 17:00 UTC; these two are also month ends there.</summary>
    private static readonly DateTimeOffset OctoberEnd = new(2026, 10, 31, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NovemberEnd = new(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_published_figure_equals_a_brute_force_count_across_Vietnam_midnights_and_month_ends()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(11);
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(OctoberEnd.AddDays(-2), OctoberEnd.AddDays(2), 400)
            .Concat(StatsEntities.Spread(OctoberEnd.AddMinutes(-30), OctoberEnd.AddMinutes(30), 100)).Select(at => StatsEntities.Scan(random, at)));
        await StatsEntities.InsertAsync(storage.Surveys, StatsEntities.Spread(OctoberEnd.AddHours(-3), OctoberEnd.AddHours(3), 150).Select(at => StatsEntities.Answer(random, at)));
        var failures = storage.Tables.GetTableClient(TableNames.ScanFailures);
        await failures.UpsertEntityAsync(new TableEntity("20261031", "instance-a") { ["Count"] = 3L }, TableUpdateMode.Replace, CancellationToken.None);
        await failures.UpsertEntityAsync(new TableEntity("20261101", "instance-b") { ["Count"] = 4L }, TableUpdateMode.Replace, CancellationToken.None);

        // Two days after October's end, past the safety lag of every event above; the clock is the test's, never the machine's.
        var first = await storage.Runner(new FakeTimeProvider(OctoberEnd.AddDays(2) + StatsStorage.Options().SafetyLag + TimeSpan.FromMinutes(1))).RunOnceAsync(CancellationToken.None);

        Assert.Equal(AggregationOutcome.Counted, first.Aggregation.Outcome);
        Assert.Equal(500, first.Aggregation.ScansRead);
        var expected = await BruteForce.CountAsync(storage);
        foreach (var unit in expected.Units)
        {
            expected.AssertPublished(unit, await storage.StatsJsonAsync(unit), scanWriteFailures: 7);
        }

        // The next window crosses November's end; its scans are read partition by partition.
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(NovemberEnd.AddMinutes(-40), NovemberEnd.AddMinutes(40), 200).Select(at => StatsEntities.Scan(random, at)));
        await StatsEntities.InsertAsync(storage.Surveys, StatsEntities.Spread(NovemberEnd.AddMinutes(-40), NovemberEnd.AddMinutes(40), 60).Select(at => StatsEntities.Answer(random, at)));

        // Answers are stamped with their hour only: the last one's hour has ended an hour after November's end.
        var second = await storage.Runner(new FakeTimeProvider(NovemberEnd.AddHours(1) + StatsStorage.Options().SafetyLag)).RunOnceAsync(CancellationToken.None);

        Assert.Equal(AggregationOutcome.Counted, second.Aggregation.Outcome);
        Assert.Equal((200L, 60L), (second.Aggregation.ScansRead, second.Aggregation.AnswersRead));
        expected = await BruteForce.CountAsync(storage);
        foreach (var unit in expected.Units)
        {
            expected.AssertPublished(unit, await storage.StatsJsonAsync(unit), scanWriteFailures: 7);
        }
    }

    [Fact]
    public async Task A_second_run_with_nothing_new_reads_no_events_and_still_publishes()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        await StatsEntities.InsertAsync(storage.Scans, [StatsEntities.Scan(new Random(3), OctoberEnd, portal: false, bot: false)]);
        var clock = new FakeTimeProvider(OctoberEnd.AddHours(1));
        var runner = storage.Runner(clock);
        await runner.RunOnceAsync(CancellationToken.None);

        var again = await runner.RunOnceAsync(CancellationToken.None);

        Assert.Equal(AggregationOutcome.UpToDate, again.Aggregation.Outcome);
        Assert.Equal(0, again.Aggregation.ScansRead + again.Aggregation.AnswersRead);
        Assert.NotNull(again.Publication);
        Assert.Contains(again.Publication.Units, u => StatsEntities.Units.Contains(u));
    }
}
