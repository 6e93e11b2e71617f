using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Text;
using MotCua.Handler.Tests.Hosting;
using Azure.Storage.Blobs;
using Azure.Data.Tables;
using MotCua.TestSupport;
using MotCua.Data;

namespace MotCua.Handler.Tests.Stats;

[Collection(AzuriteCollection.Name)]
public sealed class StatsTimerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_host_calling_PublishStats_counts_new_scans_and_publishes_the_unit()
    {
        var unit = "don-vi-" + Guid.NewGuid().ToString("N")[..8];
        var tables = new TableServiceClient(azurite.ConnectionString);
        var blobs = new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions());
        var scans = tables.GetTableClient("scans");
        await scans.CreateIfNotExistsAsync();
        // Other tests of this assembly run PublishStats on the same tables and move the watermark to their
        // run time less the safety lag; with no lag here, a scan a second ago is always after it.
        var at = DateTimeOffset.UtcNow.AddSeconds(-1);
        await scans.AddEntityAsync(new TableEntity($"{VietnamTime.DateKey(at)}-s3", $"{at.UtcTicks:D19}-0badcafe")
        {
            ["Event"] = "scan", ["Code"] = "HT2K", ["Kind"] = "procedure", ["Target"] = $"{unit}/ho-tich/khai-sinh", ["Placement"] = "to-thu-tuc",
            ["Unit"] = unit, ["LocalTime"] = VietnamTime.Format(at), ["LocalDate"] = VietnamTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Device"] = "mobile", ["IsBot"] = false, ["BotReason"] = "", ["Referrer"] = "", ["Visitor"] = "0123456789abcdef",
        });
        await using var factory = new HandlerFactory().With("Stats:SafetyLag", "00:00:00").WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton(tables);
            services.AddSingleton(blobs);
        }));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/PublishStats", UriKind.Relative), new StringContent(
            """{"Data":{"timer":{"Schedule":{"AdjustForDST":false},"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"PublishStats","UtcNow":"2026-11-22T09:00:00Z"}}}""",
            Encoding.UTF8,
            "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, reply.RootElement.GetProperty("ReturnValue").ValueKind);
        Assert.StartsWith("aggregation ", reply.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        var json = await blobs.GetBlobContainerClient("$web").GetBlobClient($"stats/{unit}/stats.json").DownloadContentAsync();
        using var stats = JsonDocument.Parse(json.Value.Content.ToArray());
        Assert.Equal(1, stats.RootElement.GetProperty("totals").GetProperty("scans").GetInt64());
    }
}
