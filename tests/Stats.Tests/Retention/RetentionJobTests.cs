using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Privacy;
using MotCua.Domain.Privacy;
using MotCua.Domain.Text;
using MotCua.TestSupport;
using MotCua.Stats.Aggregation;
using MotCua.Stats.Retention;

namespace MotCua.Stats.Tests.Retention;

[Collection(AzuriteCollection.Name)]
public sealed partial class RetentionJobTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    /// <summary>Well past the 90 days: these go.</summary>
    private static readonly DateTimeOffset OldFrom = Now.AddDays(-130), OldTo = Now.AddDays(-95);

    /// <summary>Inside the 90 days: these stay.</summary>
    private static readonly DateTimeOffset RecentFrom = Now.AddDays(-60), RecentTo = Now.AddDays(-1);

    [Fact]
    public async Task Raw_events_past_the_limit_go_the_rest_stay_and_stats_json_is_unchanged_but_for_its_generation_time()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(17);
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(OldFrom, OldTo, 300).Concat(StatsEntities.Spread(RecentFrom, RecentTo, 200))
            .Select(at => StatsEntities.Scan(random, at)));
        // 150 answers in one old day: more than one transaction's worth in one partition.
        await StatsEntities.InsertAsync(storage.Surveys, StatsEntities.Spread(OldTo.AddHours(-12), OldTo.AddHours(-11), 150)
            .Concat(StatsEntities.Spread(OldFrom, OldTo, 100)).Concat(StatsEntities.Spread(RecentFrom, RecentTo, 80)).Select(at => StatsEntities.Answer(random, at)));
        var clock = new FakeTimeProvider(Now);
        var runner = storage.Runner(clock);

        var first = await runner.RunOnceAsync(CancellationToken.None);
        var before = await PublishedAsync(storage);
        clock.Advance(TimeSpan.FromMinutes(15));
        var second = await runner.RunOnceAsync(CancellationToken.None);
        var after = await PublishedAsync(storage);

        Assert.Equal(AggregationOutcome.Counted, first.Aggregation.Outcome);
        Assert.Equal((300L, 250L), (first.Retention.ScansDeleted, first.Retention.AnswersDeleted));
        Assert.Equal(0, second.Retention.Deleted);
        Assert.Equal(200, (await StatsStorage.AllAsync(storage.Scans)).Count);
        Assert.Equal(80, (await StatsStorage.AllAsync(storage.Surveys)).Count);
        Assert.All((await StatsStorage.AllAsync(storage.Scans)).Concat(await StatsStorage.AllAsync(storage.Surveys)),
            e => Assert.True(string.CompareOrdinal(e.GetString("LocalDate"), VietnamTime.Date(RecentFrom).ToString("yyyy-MM-dd", null)) >= 0));
        Assert.Equal(StatsEntities.Units.Length, before.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_day_key_goes_once_its_day_is_counted_and_past_the_limit_whatever_the_watermark()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var keys = storage.Tables.GetTableClient(TableNames.VisitorKeys);
        foreach (var day in new[] { OldFrom, RecentFrom, Now.AddDays(-1), Now })
        {
            await keys.AddEntityAsync(new VisitorKeyEntity { RowKey = VietnamTime.DateKey(day), Key = VisitorHasher.NewDayKey() });
        }

        var job = new RetentionJob(storage.Tables, new RetentionOptions());

        var pastLimit = await job.RunAsync(Now, CancellationToken.None);
        var counted = await job.DeleteCountedDayKeysAsync(Now.UtcTicks, CancellationToken.None);

        Assert.Equal(1, pastLimit.KeysDeleted);
        Assert.Equal(2, counted);
        Assert.Equal([VietnamTime.DateKey(Now)], (await StatsStorage.AllAsync(keys)).Select(k => k.RowKey));
    }

    [Fact]
    public async Task Deletes_go_in_transactions_of_at_most_100_rows_of_one_partition_and_a_run_stops_at_its_budget()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(8);
        await StatsEntities.InsertAsync(storage.Surveys, StatsEntities.Spread(OldTo.AddHours(-12), OldTo.AddHours(-11), 250).Select(at => StatsEntities.Answer(random, at)));
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(OldFrom, OldTo, 120).Select(at => StatsEntities.Scan(random, at)));
        var recorder = new TransactionRecorder();
        var options = StorageClientDefaults.TableOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var job = new RetentionJob(new TableServiceClient(azurite.ConnectionString, options), new RetentionOptions { MaxDeletesPerRun = 200 });

        var first = await job.RunAsync(Now, CancellationToken.None);
        var second = await job.RunAsync(Now, CancellationToken.None);
        var third = await job.RunAsync(Now, CancellationToken.None);

        Assert.Equal((200L, 170L, 0L), (first.Deleted, second.Deleted, third.Deleted));
        Assert.Equal(370, recorder.Transactions.Sum(t => t.Operations));
        Assert.All(recorder.Transactions, t => Assert.True(t.Operations <= 100 && t.Partitions.Count == 1, $"{t.Operations} rows, {t.Partitions.Count} partitions"));
    }

    [Fact]
    public void A_day_is_kept_until_it_ended_the_retention_days_ago()
    {
        var job = new RetentionJob(new TableServiceClient(StorageClientDefaults.DevelopmentStorage), new RetentionOptions());

        // 20 November 2026, 10:00 in Vietnam, less 90 days, is 22 August 10:00: 21 August ended 10 hours before it.
        Assert.Equal(new DateOnly(2026, 8, 22), job.FirstKeptDay(Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RetentionPolicy.MaxDays + 1)]
    public void A_retention_beyond_what_the_notice_promises_or_of_no_days_is_refused_with_a_reason(int days)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RetentionOptions { Days = days }.Validate());

        Assert.Contains("Retention:Days must be between 1 and 90", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Each unit's stats.json with its generation time blanked, and its stats.csv, as published.</summary>
    private static async Task<Dictionary<string, string>> PublishedAsync(StatsStorage storage)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in StatsEntities.Units)
        {
            var json = (await storage.Web.GetBlobClient($"stats/{unit}/stats.json").DownloadContentAsync(CancellationToken.None)).Value.Content.ToString();
            var csv = (await storage.Web.GetBlobClient($"stats/{unit}/stats.csv").DownloadContentAsync(CancellationToken.None)).Value.Content.ToString();
            Assert.Matches(GeneratedAt(), json);
            files[unit] = GeneratedAt().Replace(json, "\"generated_at\":\"…\"") + "\n" + csv;
        }

        return files;
    }

    [GeneratedRegex("\"generated_at\":\"[^\"]+\"")]
    private static partial Regex GeneratedAt();
}
