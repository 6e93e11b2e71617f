using System.Security.Cryptography;
using System.Text;
using Azure;
using MotCua.Storage.Blobs;
using MotCua.TestSupport;

namespace MotCua.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobClientTests(AzuriteFixture azurite)
{
    private async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(UniqueNames.Container("blob"));
        await container.CreateIfNotExistsAsync();
        return container;
    }

    [Fact]
    public async Task Upload_stores_content_type_encoding_cache_control_md5_and_metadata_exactly()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("tp-cao-bang/index.html");
        var bytes = Encoding.UTF8.GetBytes("<p>Thủ tục hành chính</p>");
        var uploaded = await blob.UploadAsync(new BinaryData(bytes), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8", ContentEncoding = "gzip", CacheControl = "public, max-age=60" },
            Metadata = new Dictionary<string, string> { ["source"] = "site/units/x.md", ["revision"] = "42" },
        });

        var download = (await blob.DownloadContentAsync()).Value;

        Assert.Equal(bytes, download.Content.ToArray());
        Assert.Equal("text/html; charset=utf-8", download.Details.ContentType);
        Assert.Equal("gzip", download.Details.ContentEncoding);
        Assert.Equal("public, max-age=60", download.Details.CacheControl);
        Assert.Equal(MD5.HashData(bytes), download.Details.ContentHash);
        Assert.Equal(uploaded.Value.ETag, download.Details.ETag);
        Assert.Equal("site/units/x.md", download.Details.Metadata["source"]);
        Assert.Equal("42", download.Details.Metadata["revision"]);
        Assert.Equal(2, download.Details.Metadata.Count);
    }

    [Fact]
    public async Task An_empty_blob_uploads_and_downloads_as_empty()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("empty.txt");

        var uploaded = await blob.UploadAsync(BinaryData.Empty, overwrite: true);
        var download = (await blob.DownloadContentAsync()).Value;

        Assert.Empty(download.Content.ToArray());
        Assert.Equal(MD5.HashData([]), uploaded.Value.ContentHash);
        Assert.Equal(0, download.Details.ContentLength);
    }

    [Fact]
    public async Task Properties_report_what_was_uploaded_without_the_content()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("a.css");
        await blob.UploadAsync(BinaryData.FromString("body{}"), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/css", CacheControl = "no-cache" } });

        var properties = (await blob.GetPropertiesAsync()).Value;

        Assert.Equal(6, properties.ContentLength);
        Assert.Equal("text/css", properties.ContentType);
        Assert.Equal("no-cache", properties.CacheControl);
        Assert.Null(properties.ContentEncoding);
    }

    [Fact]
    public async Task A_wrong_md5_is_refused_by_the_service()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("bad-md5.txt");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(
            BinaryData.FromString("content"),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentHash = MD5.HashData("other"u8) } }));

        Assert.Equal(400, error.Status);
        Assert.Equal("Md5Mismatch", error.ErrorCode);
        Assert.False((await blob.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Upload_with_a_stale_if_match_fails_with_412_and_keeps_the_newer_content()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("codes.json");
        var first = await blob.UploadAsync(BinaryData.FromString("v1"), overwrite: true);
        await blob.UploadAsync(BinaryData.FromString("v2"), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = first.Value.ETag } });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(
            BinaryData.FromString("v3"), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = first.Value.ETag } }));

        Assert.Equal(412, error.Status);
        Assert.Equal("ConditionNotMet", error.ErrorCode);
        Assert.Equal("v2", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Upload_with_if_none_match_star_creates_once_then_fails_with_409()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("once.txt");
        await blob.UploadAsync(BinaryData.FromString("first"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(BinaryData.FromString("second")));

        Assert.Equal(409, error.Status);
        Assert.Equal("BlobAlreadyExists", error.ErrorCode);
        Assert.Equal("first", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Download_with_the_current_etag_in_if_none_match_fails_with_304_and_a_changed_blob_downloads()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("page.html");
        var etag = (await blob.UploadAsync(BinaryData.FromString("old"), overwrite: true)).Value.ETag;
        var conditional = new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = etag } };

        var notModified = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadContentAsync(conditional));
        await blob.UploadAsync(BinaryData.FromString("new"), overwrite: true);
        var changed = await blob.DownloadContentAsync(conditional);

        Assert.Equal(304, notModified.Status);
        Assert.Equal("new", changed.Value.Content.ToString());
        Assert.NotEqual(etag, changed.Value.Details.ETag);
    }

    [Fact]
    public async Task Download_of_a_missing_blob_fails_with_404_BlobNotFound()
    {
        var container = await NewContainerAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlobClient("missing.html").DownloadContentAsync());

        Assert.Equal(404, error.Status);
        Assert.Equal("BlobNotFound", error.ErrorCode);
        Assert.Contains("404 BlobNotFound", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_if_exists_removes_the_blob_and_reports_false_the_second_time()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("gone.txt");
        await blob.UploadAsync(BinaryData.FromString("x"));

        var first = await blob.DeleteIfExistsAsync();
        var second = await blob.DeleteIfExistsAsync();

        Assert.True(first.Value);
        Assert.False(second.Value);
        Assert.False((await blob.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Nfc_and_nfd_spellings_of_a_vietnamese_name_are_two_distinct_blobs_that_each_round_trip()
    {
        var container = await NewContainerAsync();
        var nfc = "thủ-tục/Đăng ký kết hôn.html".Normalize(System.Text.NormalizationForm.FormC);
        var nfd = nfc.Normalize(System.Text.NormalizationForm.FormD);
        await container.GetBlobClient(nfc).UploadAsync(BinaryData.FromString("nfc"));
        await container.GetBlobClient(nfd).UploadAsync(BinaryData.FromString("nfd"));

        var listed = await container.GetBlobsAsync(prefix: "thủ-tục/".Normalize(System.Text.NormalizationForm.FormD)).Select(i => i.Name).ToListAsync();

        Assert.Equal("nfc", (await container.GetBlobClient(nfc).DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal("nfd", (await container.GetBlobClient(nfd).DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal([nfd], listed);
    }

    [Theory]
    [InlineData("thủ-tục/đăng ký khai sinh.html")]
    [InlineData("a+b/c%20d/'quote'(1).txt")]
    [InlineData("$web-like/#hash?query.txt")]
    public async Task Blob_names_with_vietnamese_and_reserved_characters_round_trip(string name)
    {
        var container = await NewContainerAsync();
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(name));

        var listed = new List<string>();
        await foreach (var item in container.GetBlobsAsync())
            listed.Add(item.Name);
        var content = (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();

        Assert.Equal([name], listed);
        Assert.Equal(name, content);
    }
}
