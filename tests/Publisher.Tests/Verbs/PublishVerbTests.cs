using System.Text;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Domain.Pages;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

[Collection(AzuriteCollection.Name)]
public sealed class PublishVerbTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_dry_run_prints_the_plan_and_writes_nothing()
    {
        var container = UniqueNames.Container("dry");

        var (code, output, _) = await PublisherCli.RunAsync("publish", RepositoryPaths.Site, "--connection", azurite.ConnectionString, "--container", container, "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("  tải lên tp-cao-bang/ho-tich/dang-ky-khai-sinh.html (", output, StringComparison.Ordinal);
        Assert.Contains("chưa ghi gì", output, StringComparison.Ordinal);
        Assert.False((await new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(container).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Publish_uploads_the_sample_site_then_finds_nothing_to_do()
    {
        var container = UniqueNames.Container("pub");

        var (first, firstOut, _) = await PublisherCli.RunAsync("publish", RepositoryPaths.Site, "--connection", azurite.ConnectionString, "--container", container);
        var (second, secondOut, _) = await PublisherCli.RunAsync("publish", RepositoryPaths.Site, "--connection", azurite.ConnectionString, "--container", container);

        Assert.Equal((0, 0), (first, second));
        Assert.Contains(", 0 tệp không đổi", firstOut, StringComparison.Ordinal);
        Assert.Contains("0 tệp tải lên, 0 tệp đã xóa", secondOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_writes_the_resolved_codes_the_posters_and_the_service_worker()
    {
        var container = UniqueNames.Container("ext");

        var (code, _, error) = await PublisherCli.RunAsync("publish", RepositoryPaths.Site, "--connection", azurite.ConnectionString, "--container", container, "--host", "qr.caobang.gov.vn");

        Assert.True(code == 0, error);
        var blobs = new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(container);
        var codes = await ReadTextAsync(blobs, "_data/codes.json");
        var registry = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Site, "codes.yaml"));
        var first = System.Text.RegularExpressions.Regex.Match(registry, @"code: (\w+)").Groups[1].Value;
        Assert.Contains($"\"code\":\"{first}\"", codes, StringComparison.Ordinal);
        Assert.Contains("HTTPS://QR.CAOBANG.GOV.VN/S/", await ReadTextAsync(blobs, "posters/phuong-thuc-phan/index.html"), StringComparison.Ordinal);
        // A merged office gets no new posters, but a page saying where it went.
        Assert.False(await blobs.GetBlobClient("posters/tp-cao-bang/index.html").ExistsAsync());
        Assert.Contains("nay thuộc", await ReadTextAsync(blobs, "tp-cao-bang/sap-nhap.html"), StringComparison.Ordinal);
        Assert.Contains("addEventListener", await ReadTextAsync(blobs, "sw.js"), StringComparison.Ordinal);
        Assert.Contains("href=\"/go/", await ReadTextAsync(blobs, "tp-cao-bang/ho-tich/dang-ky-khai-sinh.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_refuses_when_a_published_code_was_removed_from_the_registry()
    {
        var container = UniqueNames.Container("rm");
        using var site = new CodeVerbSite();
        Assert.Equal(0, (await PublisherCli.RunAsync("assign", site.Root)).Code);
        Assert.Equal(0, (await PublisherCli.RunAsync("publish", site.Root, "--connection", azurite.ConnectionString, "--container", container)).Code);

        var registryPath = site.RegistryFile;
        var lines = (await File.ReadAllLinesAsync(registryPath)).ToList();
        var start = lines.FindLastIndex(l => l.StartsWith("- code:", StringComparison.Ordinal));
        var removed = lines[start]["- code:".Length..].Trim();
        await File.WriteAllLinesAsync(registryPath, lines.Take(start));

        var (code, _, error) = await PublisherCli.RunAsync("publish", site.Root, "--connection", azurite.ConnectionString, "--container", container);

        Assert.Equal(1, code);
        Assert.Contains(removed, error, StringComparison.Ordinal);
        Assert.Contains("chưa tải lên gì cả", error, StringComparison.Ordinal);
    }

    private static async Task<string> ReadTextAsync(BlobContainerClient container, string name)
    {
        var download = await container.GetBlobClient(name).DownloadContentAsync();
        return Encoding.UTF8.GetString(Gzip.Decompress(download.Value.Content.ToArray()));
    }
}
