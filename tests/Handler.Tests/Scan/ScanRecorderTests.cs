using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Text;
using MotCua.Handler.Scan;
using Azure.Data.Tables;
using MotCua.TestSupport;
using MotCua.Data;

namespace MotCua.Handler.Tests.Scan;

/// <summary>Storage is never in the citizen's way: refused, silent or healthy, the page comes at once and every scan is stored or counted.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScanRecorderTests(AzuriteFixture azurite)
{
    private const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);

    private static string NewPrefix() => "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static string NewContainer() => "web-rec-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<(ScanHandlerFactory Factory, HttpClient Client, string Code)> StartAsync(string connectionString, string? writeTimeout = null)
    {
        var prefix = NewPrefix();
        var container = NewContainer();
        await ScanTestSite.SeedAsync(azurite.ConnectionString, container, prefix);
        var factory = new ScanHandlerFactory(connectionString, container, IPAddress.Parse("203.0.113.7"));
        factory.With("Scan:WriteBudget", Budget.ToString());
        if (writeTimeout is not null)
        {
            factory.With("Scan:WriteTimeout", writeTimeout);
        }

        return (factory, factory.CreateClient(new() { AllowAutoRedirect = false }), ScanTestSite.Codes(prefix).Procedure);
    }

    private static async Task<(HttpStatusCode Status, TimeSpan Elapsed)> ScanAsync(HttpClient client, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/s/{code}");
        request.Headers.TryAddWithoutValidation("User-Agent", Phone);
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, watch.Elapsed);
    }

    private static async Task<long> WaitForFailuresAsync(ScanFailureCounter counter, long expected)
    {
        var waited = Stopwatch.StartNew();
        while (counter.Total < expected && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        return counter.Total;
    }

    [Fact]
    public async Task With_table_storage_refusing_connections_the_page_is_served_within_the_budget_and_the_loss_counted()
    {
        var (factory, client, code) = await StartAsync(StorageEndpoints.WithTablePort(azurite.ConnectionString, StorageEndpoints.ClosedPort()));
        await using var _ = factory;
        using var __ = client;
        await ScanAsync(client, code); // the first scan also reads codes.json and the page from blob storage

        var (status, elapsed) = await ScanAsync(client, code);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < Budget + TimeSpan.FromMilliseconds(250), $"answered in {elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, await WaitForFailuresAsync(factory.Services.GetRequiredService<ScanFailureCounter>(), 2));
    }

    [Fact]
    public async Task With_table_storage_silent_the_page_is_served_at_the_budget_and_the_write_counted_lost_at_its_timeout()
    {
        using var silent = new SilentServer();
        var (factory, client, code) = await StartAsync(StorageEndpoints.WithTablePort(azurite.ConnectionString, silent.Port), writeTimeout: "00:00:01");
        await using var _ = factory;
        using var __ = client;
        await ScanAsync(client, code);

        var (status, elapsed) = await ScanAsync(client, code);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < Budget + TimeSpan.FromMilliseconds(250), $"answered in {elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, await WaitForFailuresAsync(factory.Services.GetRequiredService<ScanFailureCounter>(), 2));
    }

    [Fact]
    public async Task Lost_scans_are_reported_to_scanfailures_once_storage_answers()
    {
        var (factory, client, _) = await StartAsync(azurite.ConnectionString);
        await using var _ = factory;
        using var __ = client;
        var counter = factory.Services.GetRequiredService<ScanFailureCounter>();
        var reporter = factory.Services.GetRequiredService<ScanFailureReporter>();
        counter.Increment();
        counter.Increment();
        counter.Increment();

        Assert.True(await reporter.FlushAsync(CancellationToken.None));

        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(TableNames.ScanFailures);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(VietnamTime.DateKey(TestClock.Now), reporter.InstanceId, select: null, CancellationToken.None);
        Assert.True(row.HasValue);
        Assert.Equal(3L, row.Value!.GetInt64("Count"));
    }

    [Fact]
    public async Task When_azurite_stops_scans_are_answered_from_memory_counted_lost_and_reported_when_it_is_back()
    {
        await using var storage = await AzuriteInstance.StartAsync();
        var prefix = NewPrefix();
        var container = NewContainer();
        await ScanTestSite.SeedAsync(storage.ConnectionString, container, prefix);
        await using var factory = new ScanHandlerFactory(storage.ConnectionString, container, IPAddress.Parse("203.0.113.7"));
        factory.With("Scan:WriteBudget", Budget.ToString());
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var code = ScanTestSite.Codes(prefix).Procedure;
        var counter = factory.Services.GetRequiredService<ScanFailureCounter>();
        var reporter = factory.Services.GetRequiredService<ScanFailureReporter>();
        Assert.Equal(HttpStatusCode.OK, (await ScanAsync(client, code)).Status);
        Assert.Single(await ScanTable.WaitForAsync(storage.ConnectionString, code, 1));

        await storage.StopAsync();
        var (status, elapsed) = await ScanAsync(client, code);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < Budget + TimeSpan.FromMilliseconds(250), $"answered in {elapsed.TotalMilliseconds} ms");
        Assert.Equal(1, await WaitForFailuresAsync(counter, 1));
        Assert.False(await reporter.FlushAsync(CancellationToken.None));

        await storage.RestartAsync();
        Assert.True(await reporter.FlushAsync(CancellationToken.None));
        var table = new TableServiceClient(storage.ConnectionString).GetTableClient(TableNames.ScanFailures);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(VietnamTime.DateKey(TestClock.Now), reporter.InstanceId, select: null, CancellationToken.None);
        Assert.Equal(1L, row.Value!.GetInt64("Count"));
    }

    [Fact]
    public async Task Five_hundred_concurrent_scans_from_browsers_and_fifty_from_bots_are_all_stored_exactly_once()
    {
        const int Browsers = 500;
        const int Bots = 50;
        var (factory, client, code) = await StartAsync(azurite.ConnectionString);
        await using var _ = factory;
        using var __ = client;
        string[] agents =
        [
            Phone,
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Zalo android/12100657 ZaloTheme/light ZaloLanguage/vi",
        ];

        // One scan first reads codes.json and the page into memory, as the first citizen of the day does.
        Assert.Equal(HttpStatusCode.OK, (await ScanAsync(client, code)).Status);
        var requests = Enumerable.Range(1, Browsers - 1).Select(i => agents[i % agents.Length])
            .Concat(Enumerable.Repeat("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", Bots))
            .Select(async agent =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/s/{code}");
                request.Headers.TryAddWithoutValidation("User-Agent", agent);
                using var response = await client.SendAsync(request);
                return response.StatusCode;
            });
        var statuses = await Task.WhenAll(requests);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var stored = await ScanTable.WaitForAsync(azurite.ConnectionString, code, Browsers + Bots);
        Assert.Equal(Browsers + Bots, stored.Count);
        Assert.Equal(Bots, stored.Count(e => e.GetBoolean("IsBot") == true));
        Assert.Equal(0, factory.Services.GetRequiredService<ScanFailureCounter>().Total);
    }
}
