using Azure.Storage.Blobs;
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
        var portal = ScanRows.Of("DD3M", "procedure", unit, $"{unit}/dat-dai/x", "to-thu-tuc", TestClock.Now.AddMinutes(-30));
        portal["Event"] = "portal";
        await ScanRows.AddAsync(azurite.ConnectionString, portal);
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
