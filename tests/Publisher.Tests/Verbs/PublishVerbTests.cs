using MotCua.Storage.Blobs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

[Collection(AzuriteCollection.Name)]
public sealed class PublishVerbTests(AzuriteFixture azurite)
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_and_writes_nothing()
    {
        var container = UniqueNames.Container("dry");

        var (code, output, _) = await RunAsync("publish", RepositoryPaths.Site, "--connection", azurite.ConnectionString, "--container", container, "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("  upload tp-cao-bang/ho-tich/dang-ky-khai-sinh.html (", output, StringComparison.Ordinal);
        Assert.Contains("nothing written", output, StringComparison.Ordinal);
        Assert.False((await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Publish_uploads_the_sample_site_then_finds_nothing_to_do()
    {
        var container = UniqueNames.Container("pub");

        var (first, firstOut, _) = await RunAsync("publish", RepositoryPaths.Site, "--connection", azurite.ConnectionString, "--container", container);
        var (second, secondOut, _) = await RunAsync("publish", RepositoryPaths.Site, "--connection", azurite.ConnectionString, "--container", container);

        Assert.Equal((0, 0), (first, second));
        Assert.Contains(", 0 unchanged", firstOut, StringComparison.Ordinal);
        Assert.Contains("0 uploaded, 0 deleted", secondOut, StringComparison.Ordinal);
    }
}
