using MotCua.TestSupport;
using MotCua.Data;
using MotCua.Stats.Aggregation;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Tests.Aggregation;

[Collection(AzuriteCollection.Name)]
public sealed class StatsAggregatorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Overlapping_runs_count_nothing_twice()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(5);
        var origin = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
        var lag = StatsStorage.Options().SafetyLag;
        var now = origin;
        var outcomes = new List<AggregationOutcome>();
        for (var round = 0; round < 3; round++)
        {
            // Newer than the last window's end (now minus the lag), older than the next one's.
            var start = origin + (round * (lag + TimeSpan.FromSeconds(10)));
            await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(start.AddMilliseconds(-900), start, 150).Select(at => StatsEntities.Scan(random, at)));
            await StatsEntities.InsertAsync(storage.Surveys, Enumerable.Range(0, 40).Select(_ => StatsEntities.Answer(random, start)));
            now = start + lag + TimeSpan.FromSeconds(2);

            // Four runs at once, each with its own aggregator (as separate instances would be), clocks a little apart.
            var runs = Enumerable.Range(0, 4).Select(i => new StatsAggregator(storage.Tables, StatsStorage.Options()).RunAsync(now.AddMilliseconds(i * 10), CancellationToken.None));
            var reports = await Task.WhenAll(runs);
            outcomes.AddRange(reports.Select(r => r.Outcome));

            Assert.Contains(reports, r => r.Outcome == AggregationOutcome.Counted);
            Assert.All(reports, r => Assert.NotEqual(AggregationOutcome.TakenOver, r.Outcome));
        }

        // The runs did overlap: some found the window claimed or lost the claim race.
        Assert.Contains(outcomes, o => o is AggregationOutcome.LostRace or AggregationOutcome.Busy);
        await storage.Runner(new FakeTimeProvider(now)).RunOnceAsync(CancellationToken.None);
        var expected = await BruteForce.CountAsync(storage);
        foreach (var unit in expected.Units)
        {
            expected.AssertPublished(unit, await storage.StatsJsonAsync(unit));
        }
    }

    [Fact]
    public async Task A_run_that_died_after_writing_part_of_its_rollups_is_finished_once_after_its_lease()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(9);
        var now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(now.AddDays(-2), now.AddMinutes(-5), 300).Select(at => StatsEntities.Scan(random, at)));
        var options = StatsStorage.Options();

        // The dead run: claims the window, reads it, writes half of its rows, never moves the watermark.
        var state = storage.Tables.GetTableClient(TableNames.StatsState);
        var watermarks = new WatermarkStore(state);
        var through = (now - options.SafetyLag).UtcTicks;
        Assert.NotNull(await watermarks.TryClaimAsync(await watermarks.LoadAsync(CancellationToken.None), through, "dead", now.UtcTicks, CancellationToken.None));
        var events = await new EventReader(storage.Scans, storage.Surveys).ReadAsync(0, through, CancellationToken.None);
        var rows = RollupRows.FromDelta(events.Delta);
        await new RollupStore(storage.Tables.GetTableClient(TableNames.StatsDaily)).ApplyAsync(rows.Take(rows.Count / 2).ToList(), through, CancellationToken.None);

        var whileLeased = await new StatsAggregator(storage.Tables, options).RunAsync(now.AddMinutes(1), CancellationToken.None);
        var afterLease = await new StatsAggregator(storage.Tables, options).RunAsync(now + options.ClaimLease + TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(AggregationOutcome.Busy, whileLeased.Outcome);
        Assert.Equal(AggregationOutcome.Counted, afterLease.Outcome);
        Assert.Equal(through, afterLease.Through);
        await storage.Runner(new FakeTimeProvider(now.AddMinutes(20))).RunOnceAsync(CancellationToken.None);
        var expected = await BruteForce.CountAsync(storage);
        foreach (var unit in expected.Units)
        {
            expected.AssertPublished(unit, await storage.StatsJsonAsync(unit));
        }
    }

    [Fact]
    public async Task A_scan_inside_the_safety_lag_is_left_for_the_next_run()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(2);
        var now = new DateTimeOffset(2026, 11, 30, 16, 59, 59, TimeSpan.Zero);
        var lag = StatsStorage.Options().SafetyLag;
        await StatsEntities.InsertAsync(storage.Scans, [
            StatsEntities.Scan(random, now - lag - TimeSpan.FromSeconds(1), portal: false, bot: false),
            StatsEntities.Scan(random, now - TimeSpan.FromMilliseconds(500), portal: false, bot: false),
        ]);
        var clock = new FakeTimeProvider(now);
        var runner = storage.Runner(clock);

        var first = await runner.RunOnceAsync(CancellationToken.None);
        await StatsEntities.InsertAsync(storage.Scans, [StatsEntities.Scan(random, now + TimeSpan.FromSeconds(1), portal: false, bot: false)]);
        clock.SetUtcNow(now + lag + TimeSpan.FromSeconds(5));
        var second = await runner.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1L, 2L), (first.Aggregation.ScansRead, second.Aggregation.ScansRead));
        var expected = await BruteForce.CountAsync(storage);
        foreach (var unit in expected.Units)
        {
            var json = await storage.StatsJsonAsync(unit);
            expected.AssertPublished(unit, json);
        }
    }

    [Fact]
    public async Task A_long_outage_is_counted_in_steps_of_at_most_the_window_cap_and_a_run_stops_at_its_budget()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(31);
        var now = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(now.AddDays(-10), now.AddMinutes(-5), 400).Select(at => StatsEntities.Scan(random, at)));
        await StatsEntities.InsertAsync(storage.Surveys, StatsEntities.Spread(now.AddDays(-10), now.AddHours(-2), 300).Select(at => StatsEntities.Answer(random, at)));
        var options = StatsStorage.Options();
        options.RunBudget = TimeSpan.FromMinutes(3);
        options.MaxWindow = TimeSpan.FromDays(1);
        // Every reading of the clock moves it on a minute: a run sees its budget pass after a few steps.
        var clock = new FakeTimeProvider(now) { AutoAdvanceAmount = TimeSpan.FromMinutes(1) };
        var aggregator = new StatsAggregator(storage.Tables, options);

        var first = await aggregator.CatchUpAsync(clock, CancellationToken.None);
        var runs = new List<AggregationReport> { first };
        while (!runs[^1].CaughtUp)
        {
            runs.Add(await aggregator.CatchUpAsync(clock, CancellationToken.None));
        }

        Assert.Equal(AggregationOutcome.Counted, first.Outcome);
        Assert.False(first.CaughtUp);
        Assert.InRange(first.Steps, 1, 3);
        // The first window starts at the oldest event's day (its After is 0, the watermark it started from).
        Assert.True(new DateTimeOffset(first.Through, TimeSpan.Zero) <= now.AddDays(-11) + (options.MaxWindow * first.Steps) + TimeSpan.FromDays(1));
        Assert.All(runs.Skip(1), r => Assert.True(new TimeSpan(r.Through - r.After) <= options.MaxWindow * r.Steps, $"{r.Steps} steps over {new TimeSpan(r.Through - r.After)}"));
        Assert.True(runs.Count >= 4, $"{runs.Count} runs");
        Assert.Equal(400, runs.Sum(r => r.ScansRead));
        await storage.Runner(new FakeTimeProvider(clock.GetUtcNow().AddDays(1))).RunOnceAsync(CancellationToken.None);
        var expected = await BruteForce.CountAsync(storage);
        foreach (var unit in expected.Units)
        {
            expected.AssertPublished(unit, await storage.StatsJsonAsync(unit));
        }
    }
}
