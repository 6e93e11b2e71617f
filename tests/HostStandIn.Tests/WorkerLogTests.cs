using MotCua.TestSupport.Functions;

namespace MotCua.HostStandIn.Tests;

/// <summary>
/// The host shows what a function logs while it runs, and drops what the worker logs outside any invocation: in Azure,
/// such lines reach nobody unless the worker sends them to Application Insights itself.
/// </summary>
public sealed class WorkerLogTests
{
    [Fact]
    public async Task A_log_written_during_an_invocation_is_the_functions_and_one_written_outside_any_is_not_shown()
    {
        await using var storage = await TestSupport.AzuriteInstance.StartAsync();
        await SeededApp.SeedAsync(storage.ConnectionString);
        var app = await FunctionsApp.StartAsync(storage.ConnectionString);
        await using (app)
        {
            using var scan = await app.Client.GetAsync(new Uri($"/s/{SeededApp.Code}", UriKind.Relative));
            Assert.True(await app.Host.InvokeTimerAsync("PublishStats", isPastDue: true));
        }

        // Inside the invocation: PublishStats' own line. Outside: the scan writer's line at stop, and the warm-up's.
        Assert.Contains(app.Log.Lines, l => l == "Function.PublishStats.User: PublishStats is running late (past due)");
        Assert.DoesNotContain(app.Log.Lines, l => l.Contains("Scan writer stopped", StringComparison.Ordinal));
        Assert.True(app.Host.DroppedLogs > 0, "no log line was dropped");
    }
}
