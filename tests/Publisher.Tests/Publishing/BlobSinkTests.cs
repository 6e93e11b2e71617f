using Azure.Core;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Publisher.Publishing;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Publishing;

[Collection(AzuriteCollection.Name)]
public sealed class BlobSinkTests : IDisposable
{
    private const string KhaiSinh = "tp-cao-bang/ho-tich/dang-ky-khai-sinh.html";
    private readonly string _site = Path.Combine(Path.GetTempPath(), "motcua-publish-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _containerName = UniqueNames.Container("web");
    private readonly BlobWriteRecorder _recorder;
    private readonly BlobContainerClient _container;

    public BlobSinkTests(AzuriteFixture azurite)
    {
        CopyDirectory(RepositoryPaths.Site, _site);
        _recorder = new BlobWriteRecorder(_containerName);
        var options = StorageClientDefaults.BlobOptions();
        options.AddPolicy(_recorder, HttpPipelinePosition.PerCall);
        _container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(_containerName);
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);

    private async Task<PublishPlan> PublishAsync(TextWriter? progress = null)
    {
        var sink = new BlobSink(_container, progress ?? TextWriter.Null);
        var result = await SitePipeline.RunAsync(new SiteRun(_site, TestClock.Today), sink, CancellationToken.None);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Outcome!;
    }

    private void EditTitle(string relative, string newTitle)
    {
        var path = Path.Combine(_site, relative);
        var lines = File.ReadAllLines(path);
        lines[Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal))] = "title: " + newTitle;
        File.WriteAllLines(path, lines);
    }

    [Fact]
    public async Task A_published_page_reads_back_gzipped_with_its_type_encoding_and_cache_headers()
    {
        await PublishAsync();

        var download = (await _container.GetBlobClient(KhaiSinh).DownloadContentAsync()).Value;

        Assert.Equal("text/html; charset=utf-8", download.Details.ContentType);
        Assert.Equal("gzip", download.Details.ContentEncoding);
        Assert.Equal("public, max-age=300", download.Details.CacheControl);
        var files = new SiteFiles(SiteLoader.Load(_site).Site, CodeRegistryLoader.Load(_site).Registry);
        Assert.Equal(files.Pages().Single(p => p.BlobName == KhaiSinh).Build().Bytes, Gzip.Decompress(download.Content.ToArray()));
        Assert.True((await _container.GetBlobClient(SiteManifest.BlobName).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Publishing_again_without_changes_writes_nothing()
    {
        await PublishAsync();
        _recorder.Clear();

        var plan = await PublishAsync();

        Assert.False(plan.HasChanges);
        Assert.Empty(_recorder.Writes);
        Assert.Empty(_recorder.Deletes);
    }

    [Fact]
    public async Task Editing_one_sheet_writes_its_page_the_pages_that_list_it_and_the_manifest()
    {
        await PublishAsync();
        _recorder.Clear();
        EditTitle("units/tp-cao-bang/ho-tich/dang-ky-khai-sinh.md", "Đăng ký khai sinh (cập nhật)");

        await PublishAsync();

        // The resolved codes carry each code's page title, so they change with it.
        Assert.Equal([
            "_data/codes.json", "_data/manifest.json", "_data/survey.json", "tp-cao-bang/gop-y/quay-1.html", KhaiSinh, "tp-cao-bang/ho-tich/index.html", "tp-cao-bang/index.html",
        ], _recorder.Writes);
        Assert.Empty(_recorder.Deletes);
    }

    [Fact]
    public async Task Deleting_a_sheet_deletes_its_page_and_rewrites_the_pages_that_listed_it()
    {
        // A sheet with no QR code yet: deleting one whose code was published is refused (printed codes never break).
        const string Sheet = "units/tp-cao-bang/nong-nghiep/thu-tuc-chua-in.md";
        File.WriteAllText(Path.Combine(_site, Sheet), "---\ntitle: Thủ tục chưa in\nupdated: 2026-09-15\n---\nNội dung.\n");
        await PublishAsync();
        _recorder.Clear();
        File.Delete(Path.Combine(_site, Sheet));

        await PublishAsync();

        Assert.Equal(["tp-cao-bang/nong-nghiep/thu-tuc-chua-in.html"], _recorder.Deletes);
        // The survey catalog lists the counters' procedures, so it changes with them.
        Assert.Equal(["_data/manifest.json", "_data/survey.json", "tp-cao-bang/gop-y/quay-3.html", "tp-cao-bang/index.html", "tp-cao-bang/nong-nghiep/index.html"], _recorder.Writes);
    }

    [Fact]
    public async Task A_blob_removed_behind_the_publishers_back_is_written_again()
    {
        await PublishAsync();
        await _container.GetBlobClient(KhaiSinh).DeleteIfExistsAsync();
        _recorder.Clear();

        await PublishAsync();

        Assert.Equal(["_data/manifest.json", KhaiSinh], _recorder.Writes);
    }

    [Fact]
    public async Task A_publish_cut_off_after_writing_a_new_page_leaves_nothing_the_next_run_does_not_clean_up()
    {
        const string Sheet = "units/tp-cao-bang/ho-tich/thu-tuc-moi-tam-thoi.md";
        const string Page = "tp-cao-bang/ho-tich/thu-tuc-moi-tam-thoi.html";
        await PublishAsync();
        File.WriteAllText(Path.Combine(_site, Sheet), "---\ntitle: Thủ tục mới tạm thời\nupdated: 2026-11-20\n---\n" + SiteFolder.Body);

        // The run dies right after the new page is written, before its final manifest.
        await Assert.ThrowsAsync<IOException>(() => PublishAsync(new FailAfter(Page)));
        Assert.True((await _container.GetBlobClient(Page).ExistsAsync()).Value);

        // The editor removes the sheet again before the next publish: the page written by the dead run goes too.
        File.Delete(Path.Combine(_site, Sheet));
        var plan = await PublishAsync();

        Assert.Contains(Page, plan.Deletes);
        Assert.False((await _container.GetBlobClient(Page).ExistsAsync()).Value);
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(plan.Manifest.Keys.Append("_data/manifest.json").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>A progress log that fails the run once it reports writing <paramref name="blob"/>, as a killed process would stop.</summary>
    private sealed class FailAfter(string blob) : StringWriter
    {
        public override Task WriteLineAsync(string? value) =>
            value is not null && value.EndsWith(blob, StringComparison.Ordinal) ? throw new IOException("cut off") : Task.CompletedTask;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
