using System.Net;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Scan;

/// <summary>
/// The worker stopped as the host stops it (scale-in, a deployment, a settings change): the terminate message and 5 s
/// before the kill. Every scan answered is stored; when storage cannot take them, the loss reaches Application Insights.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ScanStopTests
{
    [Fact]
    public async Task Stopped_under_load_with_storage_up_every_answered_scan_is_stored_before_the_grace_ends()
    {
        await using var storage = await AzuriteInstance.StartAsync();
        var prefix = ScanTestSite.NewPrefix();
        var code = ScanTestSite.Codes(prefix).Procedure;
        await ScanTestSite.SeedAsync(storage.ConnectionString, "$web", prefix);
        await using var app = await FunctionsApp.StartAsync(storage.ConnectionString);
        var answered = 0;
        using var stopping = new CancellationTokenSource();

        async Task ScanUntilStoppedAsync()
        {
            using var client = app.NewClient();
            while (!stopping.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri($"/s/{code}", UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref answered);
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the host has gone
                }
            }
        }

        var load = Enumerable.Range(0, 8).Select(_ => Task.Run(ScanUntilStoppedAsync)).ToList();
        // Stopped while scans are coming in, once enough have been answered, however slow the machine is.
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref answered) < 50 && waiting.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(50);
        }

        var stop = await app.Host.StopAsync();
        await stopping.CancelAsync();
        await Task.WhenAll(load);

        Assert.False(stop.Killed, "the worker was killed at the end of the grace period");
        Assert.Equal(0, stop.ExitCode);
        Assert.True(answered >= 50, $"only {answered} scans were answered in a minute");
        Assert.Equal(answered, (await ScanTable.ReadAsync(storage.ConnectionString, code)).Count);
    }

    [Fact]
    public async Task Stopped_with_storage_down_the_scans_it_could_not_store_are_reported_to_application_insights()
    {
        await using var telemetry = await FakeTelemetryIngestion.StartAsync();
        await using var storage = await AzuriteInstance.StartAsync();
        var prefix = ScanTestSite.NewPrefix();
        var code = ScanTestSite.Codes(prefix).Procedure;
        await ScanTestSite.SeedAsync(storage.ConnectionString, "$web", prefix);
        await using var app = await FunctionsApp.StartAsync(
            storage.ConnectionString, [KeyValuePair.Create("APPLICATIONINSIGHTS_CONNECTION_STRING", telemetry.ConnectionString)]);
        using (var warm = await app.Client.GetAsync(new Uri($"/s/{code}", UriKind.Relative)))
        {
            // The registry and the page are read into memory while storage is up.
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        Assert.Single(await ScanTable.WaitForAsync(storage.ConnectionString, code, 1));
        await storage.StopAsync();
        for (var i = 0; i < 20; i++)
        {
            using var scan = await app.Client.GetAsync(new Uri($"/s/{code}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        }

        var stop = await app.Host.StopAsync();

        Assert.False(stop.Killed, "the worker was killed before it could report");
        Assert.Contains(telemetry.Items, item => item.Contains("Scans lost by this instance: 20", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Log.Lines, l => l.Contains("Scans lost", StringComparison.Ordinal));

        // The host records each request; the worker does not bill it a second time as a dependency.
        Assert.DoesNotContain(telemetry.Items, item => item.Contains("\"name\":\"Invoke\"", StringComparison.Ordinal));
    }
}
