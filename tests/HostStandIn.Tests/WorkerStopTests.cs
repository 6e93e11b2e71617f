using System.Diagnostics;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.HostStandIn.Tests;

/// <summary>A stop as the host makes it: the terminate message, the grace period, then a kill.</summary>
[Collection(TimingCollection.Name)]
public sealed class WorkerStopTests
{
    [Fact]
    public async Task An_idle_worker_ends_itself_soon_after_the_terminate_message()
    {
        await using var storage = await AzuriteInstance.StartAsync();
        await using var app = await FunctionsApp.StartAsync(storage.ConnectionString);

        var stop = await app.Host.StopAsync();

        Assert.False(stop.Killed);
        Assert.True(stop.ExitCode == 0, $"exit code {stop.ExitCode}; the worker printed:\n{string.Join('\n', app.Log.Of("Host.Function.Console"))}");
        Assert.True(stop.Took < StandInOptions.HostTerminateGrace, $"took {stop.Took}");
    }

    [Fact]
    public async Task A_worker_still_running_when_the_grace_period_ends_is_killed()
    {
        // Scans buffered while storage is down: the worker's drain would wait for storage longer than this grace.
        var grace = TimeSpan.FromMilliseconds(500);
        await using var storage = await AzuriteInstance.StartAsync();
        await SeededApp.SeedAsync(storage.ConnectionString);
        await using var app = await FunctionsApp.StartAsync(storage.ConnectionString, options: new FunctionsAppOptions { TerminateGrace = grace });
        using (await app.Client.GetAsync(new Uri($"/s/{SeededApp.Code}", UriKind.Relative)))
        {
            // Reads the registry and the page while storage is up.
        }

        await storage.StopAsync();
        for (var i = 0; i < 5; i++)
        {
            using var scan = await app.Client.GetAsync(new Uri($"/s/{SeededApp.Code}", UriKind.Relative));
        }

        var watch = Stopwatch.StartNew();
        var stop = await app.Host.StopAsync();

        Assert.True(stop.Killed);
        Assert.Null(stop.ExitCode);
        Assert.InRange(watch.Elapsed, grace, grace + TimeSpan.FromSeconds(3));
        Assert.True(app.Host.WorkerExited.IsCompleted);
    }
}
