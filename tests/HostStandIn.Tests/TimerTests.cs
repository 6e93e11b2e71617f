using System.Text.Json;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.HostStandIn.Tests;

/// <summary>Timers as the host runs them: a run missed while no host ran is made up once, at start, as past due.</summary>
public sealed class TimerTests
{
    [Fact]
    public async Task A_schedule_missed_while_the_host_was_down_runs_once_at_start_as_past_due()
    {
        await using var storage = await AzuriteInstance.StartAsync();
        var hostClock = TestClock.Create();
        var hostId = "timer-test";
        var now = hostClock.GetUtcNow().UtcDateTime;

        // The last host ran the 09:45 occurrence and expected the next at 10:00; it is now 10:00 and hours have passed.
        var status = new BlobServiceClient(storage.ConnectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient("azure-webjobs-hosts");
        await status.CreateIfNotExistsAsync();
        await status.GetBlobClient($"timers/{hostId}/PublishStats/status").UploadAsync(
            BinaryData.FromString(JsonSerializer.Serialize(new { Last = now.AddHours(-3), Next = now.AddHours(-3).AddMinutes(15), LastUpdated = now.AddHours(-3) })));

        await using var app = await FunctionsApp.StartAsync(
            storage.ConnectionString, options: new FunctionsAppOptions { HostTime = hostClock, RunTimers = true, HostId = hostId });
        await app.Host.TimersArmed.WaitAsync(TimeSpan.FromSeconds(60));

        var runs = app.Host.Invocations.Records.Where(r => r.Function == "PublishStats").ToList();
        Assert.True(Assert.Single(runs).Succeeded);
        Assert.Contains(app.Log.Lines, l => l == "Function.PublishStats.User: PublishStats is running late (past due)");

        // The next run is the next occurrence, on time.
        hostClock.Advance(TimeSpan.FromMinutes(15));
        await Wait.UntilAsync(() => app.Host.Invocations.Records.Count(r => r.Function == "PublishStats" && r.Completed) == 2, "the next run completed");
        Assert.Single(app.Log.Lines, l => l.Contains("running late", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0 */15 * * * *", "2026-12-01T10:01:00Z", "2026-12-01T10:15:00Z")]
    [InlineData("*/5 * * * *", "2026-12-01T10:01:00Z", "2026-12-01T10:05:00Z")]
    [InlineData("30 0 17 * * *", "2026-12-01T17:00:30Z", "2026-12-02T17:00:30Z")]
    public void A_schedule_is_read_as_the_host_reads_it_with_or_without_seconds(string schedule, string from, string next)
    {
        var cron = Triggers.TimerTriggers.Parse(new Worker.HostedFunction("f", "Tick", "timerTrigger", "timer", null, [], schedule));

        Assert.Equal(DateTime.Parse(next, null, System.Globalization.DateTimeStyles.AdjustToUniversal), cron.GetNextOccurrence(DateTime.Parse(from, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
    }

    [Fact]
    public void A_schedule_the_host_cannot_read_is_refused_with_the_function_name() =>
        Assert.Contains("Tick", Assert.Throws<InvalidOperationException>(() =>
            Triggers.TimerTriggers.Parse(new Worker.HostedFunction("f", "Tick", "timerTrigger", "timer", null, [], "00:15:00"))).Message, StringComparison.Ordinal);
}
