using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Handler.Hosting;
using MotCua.Handler.Site;
using Azure.Storage.Blobs;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Site;

[Collection(AzuriteCollection.Name)]
public sealed class WebContentTests(AzuriteFixture azurite)
{
    private static WebContent Create(string connectionString, string container, TimeSpan revalidateAfter, RequestCounter? counter = null) => new(
        new BlobServiceClient(connectionString, counter is null ? StorageClientDefaults.BlobOptions() : counter.AddTo(StorageClientDefaults.BlobOptions())),
        Options.Create(new StorageOptions { ConnectionString = connectionString, WebContainer = container }),
        Options.Create(new SiteOptions { RevalidateAfter = revalidateAfter, FirstFetchBudget = TimeSpan.FromSeconds(2) }),
        TimeProvider.System,
        NullLogger<WebContent>.Instance);

    [Fact]
    public async Task A_page_comes_back_with_its_stored_bytes_and_headers()
    {
        var name = UniqueNames.Container("web");
        var container = await WebSiteSeeder.ContainerAsync(azurite.ConnectionString, name);
        await WebSiteSeeder.PutHtmlAsync(container, "u/index.html", "<h1>Đăng ký khai sinh</h1>");

        var file = await Create(azurite.ConnectionString, name, TimeSpan.FromMinutes(1)).GetAsync("u/index.html", CancellationToken.None);

        Assert.NotNull(file);
        Assert.Equal("gzip", file.ContentEncoding);
        Assert.Equal("text/html; charset=utf-8", file.ContentType);
        Assert.Equal("public, max-age=300", file.CacheControl);
        Assert.Equal("<h1>Đăng ký khai sinh</h1>", file.ReadText());
    }

    [Fact]
    public async Task A_missing_page_is_null_not_an_exception()
    {
        var name = UniqueNames.Container("web");
        await WebSiteSeeder.ContainerAsync(azurite.ConnectionString, name);
        var file = await Create(azurite.ConnectionString, name, TimeSpan.FromMinutes(1)).GetAsync("nope.html", CancellationToken.None);
        Assert.Null(file);
    }

    [Fact]
    public async Task A_changed_page_is_picked_up_after_revalidation()
    {
        var name = UniqueNames.Container("web");
        var container = await WebSiteSeeder.ContainerAsync(azurite.ConnectionString, name);
        await WebSiteSeeder.PutHtmlAsync(container, "p.html", "v1");
        var web = Create(azurite.ConnectionString, name, TimeSpan.Zero);
        Assert.Equal("v1", (await web.GetAsync("p.html", CancellationToken.None))!.ReadText());

        await WebSiteSeeder.PutHtmlAsync(container, "p.html", "v2");
        var seen = "v1";
        for (var i = 0; i < 50 && seen == "v1"; i++)
        {
            // Revalidation runs in the background: the caller is never made to wait for storage.
            seen = (await web.GetAsync("p.html", CancellationToken.None))!.ReadText();
            await Task.Delay(50);
        }

        Assert.Equal("v2", seen);
    }

    [Fact]
    public async Task With_storage_stopped_the_cached_copy_is_still_served_at_once()
    {
        await using var private_ = await AzuriteInstance.StartAsync();
        var name = UniqueNames.Container("web");
        var container = await WebSiteSeeder.ContainerAsync(private_.ConnectionString, name);
        await WebSiteSeeder.PutHtmlAsync(container, "p.html", "cached");
        var web = Create(private_.ConnectionString, name, TimeSpan.Zero);
        Assert.NotNull(await web.GetAsync("p.html", CancellationToken.None));

        await private_.StopAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var file = await web.GetAsync("p.html", CancellationToken.None);
        watch.Stop();

        Assert.Equal("cached", file!.ReadText());
        Assert.True(watch.ElapsedMilliseconds < 100, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Simultaneous_first_requests_for_one_page_share_one_storage_read()
    {
        var name = UniqueNames.Container("web");
        var container = await WebSiteSeeder.ContainerAsync(azurite.ConnectionString, name);
        await WebSiteSeeder.PutHtmlAsync(container, "p.html", "once");
        var counter = new RequestCounter();
        var web = Create(azurite.ConnectionString, name, TimeSpan.FromMinutes(1), counter);

        var files = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => web.GetAsync("p.html", CancellationToken.None).AsTask()));

        Assert.All(files, f => Assert.Equal("once", f!.ReadText()));
        Assert.Equal(1, counter.Count);
    }
}
