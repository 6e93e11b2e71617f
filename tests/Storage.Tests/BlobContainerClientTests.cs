using System.Globalization;
using MotCua.Storage.Blobs;
using MotCua.TestSupport;

namespace MotCua.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobContainerClientTests(AzuriteFixture azurite)
{
    private const int MoreThanOnePage = BlobContainerClient.MaxListPageSize + 100;
    private const int UploadParallelism = 16;

    private BlobContainerClient NewContainer() =>
        new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(UniqueNames.Container("list"));

    [Fact]
    public async Task Create_if_not_exists_creates_then_accepts_an_existing_container()
    {
        var container = NewContainer();

        var created = await container.CreateIfNotExistsAsync();
        var again = await container.CreateIfNotExistsAsync();

        Assert.Equal(201, created.Status);
        Assert.Equal(409, again.Status);
        Assert.True((await container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task The_web_container_can_be_created()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("$web");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("index.html").UploadAsync(BinaryData.FromString("<!doctype html>"), overwrite: true);

        Assert.True((await container.GetBlobClient("index.html").ExistsAsync()).Value);
    }

    [Fact]
    public async Task Listing_by_prefix_returns_only_names_under_it_in_order()
    {
        var container = NewContainer();
        await container.CreateIfNotExistsAsync();
        string[] names = ["tp-cao-bang/index.html", "tp-cao-bang/tu-phap/khai-sinh.html", "tp-cao-bang-2/index.html", "posters/tp-cao-bang/a.pdf", "index.html"];
        foreach (var name in names)
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(name));

        var listed = new List<BlobItem>();
        await foreach (var item in container.GetBlobsAsync(prefix: "tp-cao-bang/"))
            listed.Add(item);

        Assert.Equal(["tp-cao-bang/index.html", "tp-cao-bang/tu-phap/khai-sinh.html"], listed.Select(i => i.Name));
        Assert.Equal("tp-cao-bang/index.html".Length, listed[0].Properties.ContentLength);
        Assert.NotNull(listed[0].Properties.ETag);
        Assert.NotNull(listed[0].Properties.ContentHash);
    }

    [Fact]
    public async Task Listing_etags_equal_the_etags_of_downloads()
    {
        var container = NewContainer();
        await container.CreateIfNotExistsAsync();
        var uploaded = await container.GetBlobClient("x.txt").UploadAsync(BinaryData.FromString("x"));

        var listed = await container.GetBlobsAsync().FirstAsync();

        Assert.Equal(uploaded.Value.ETag, listed.Properties.ETag);
    }

    [Fact]
    public async Task Listing_follows_markers_past_the_service_page_of_5000()
    {
        var container = NewContainer();
        await container.CreateIfNotExistsAsync();
        var names = Enumerable.Range(0, MoreThanOnePage).Select(i => "p/" + i.ToString("D5", CultureInfo.InvariantCulture)).ToList();
        await Parallel.ForEachAsync(
            names,
            new ParallelOptions { MaxDegreeOfParallelism = UploadParallelism },
            async (name, ct) => await container.GetBlobClient(name).UploadAsync(BinaryData.FromString("."), overwrite: true, ct));
        await container.GetBlobClient("q/outside").UploadAsync(BinaryData.FromString("."));

        var pages = 0;
        var listed = new List<string>();
        await foreach (var page in container.GetBlobsAsync(prefix: "p/").AsPages())
        {
            pages++;
            listed.AddRange(page.Values.Select(i => i.Name));
        }

        Assert.Equal(2, pages);
        Assert.Equal(names, listed);
    }
}
