using System.Globalization;
using MotCua.Domain.Text;
using Azure.Storage.Blobs;
using Azure.Data.Tables;
using MotCua.TestSupport;
using MotCua.Data;

namespace MotCua.Publisher.Tests.Verbs;

[Collection(AzuriteCollection.Name)]
public sealed class StatsVerbTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Stats_runs_one_aggregation_and_publication_and_says_what_it_did()
    {
        var unit = "xa-" + Guid.NewGuid().ToString("N")[..8];
        var scans = new TableServiceClient(azurite.ConnectionString).GetTableClient("scans");
        await scans.CreateIfNotExistsAsync();
        var at = TestClock.Now.AddMinutes(-30);
        await scans.AddEntityAsync(new TableEntity($"{VietnamTime.DateKey(at)}-s0", $"{at.UtcTicks:D19}-12345678")
        {
            ["Event"] = "portal", ["Code"] = "DD3M", ["Kind"] = "procedure", ["Target"] = $"{unit}/dat-dai/x", ["Placement"] = "to-thu-tuc",
            ["Unit"] = unit, ["LocalDate"] = VietnamTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["IsBot"] = false,
        });
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["stats", "--connection", azurite.ConnectionString], stdout, stderr, TestClock.Create());

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains(unit, stdout.ToString(), StringComparison.Ordinal);
        var blob = new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient("$web").GetBlobClient($"stats/{unit}/stats.csv");
        Assert.True((await blob.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Stats_with_an_unexpected_argument_is_a_usage_error()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["stats", "extra"], stdout, stderr, TestClock.Create());

        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains("cách dùng: publisher stats [--connection CHUỖI_KẾT_NỐI]", stderr.ToString(), StringComparison.Ordinal);
    }
}
