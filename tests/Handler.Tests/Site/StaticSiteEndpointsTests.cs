using System.Net;
using System.Text;
using MotCua.Domain.Pages;
using MotCua.Handler.Tests.Hosting;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Site;

/// <summary>The local runner serves the published site as the static website would.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StaticSiteEndpointsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _container = UniqueNames.Container("web");
    private HandlerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        var container = await WebSiteSeeder.ContainerAsync(azurite.ConnectionString, _container);
        await WebSiteSeeder.PutHtmlAsync(container, "index.html", "<h1>Trang chủ</h1>");
        await WebSiteSeeder.PutHtmlAsync(container, "u/ho-tich/index.html", "<h1>Hộ tịch</h1>");
        await WebSiteSeeder.PutHtmlAsync(container, "404.html", "<h1>Không tìm thấy</h1>");
        _factory = new HandlerFactory()
            .With("Storage:ConnectionString", azurite.ConnectionString)
            .With("Storage:WebContainer", _container);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = "gzip", HttpMethod? method = null, string? ifNoneMatch = null)
    {
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_folder_serves_its_index_with_the_stored_encoding()
    {
        using var response = await GetAsync("/u/ho-tich/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Gzip.Compress(Encoding.UTF8.GetBytes("<h1>Hộ tịch</h1>")), bytes);
    }

    [Fact]
    public async Task A_client_without_gzip_gets_plain_text()
    {
        using var response = await GetAsync("/u/ho-tich/", acceptEncoding: null);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("<h1>Hộ tịch</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_home_page_is_the_published_index()
    {
        using var response = await GetAsync("/", acceptEncoding: null);
        Assert.Equal("<h1>Trang chủ</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_matching_etag_gets_304()
    {
        using var first = await GetAsync("/u/ho-tich/");
        var etag = first.Headers.ETag!.ToString();
        using var second = await GetAsync("/u/ho-tich/", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Head_sends_headers_and_no_body()
    {
        using var response = await GetAsync("/u/ho-tich/", method: HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_unknown_path_gets_the_404_page()
    {
        using var response = await GetAsync("/khong-co.html", acceptEncoding: null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("u/../index.html")]
    [InlineData("u\\index.html")]
    [InlineData("u//index.html")]
    public void A_path_that_could_escape_the_container_maps_to_no_blob(string path) =>
        Assert.Null(MotCua.LocalHost.StaticSiteEndpoints.ToBlobName(path));

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("u/ho-tich/", "u/ho-tich/index.html")]
    [InlineData("u/ho-tich/dang-ky.html", "u/ho-tich/dang-ky.html")]
    public void A_site_path_maps_to_its_blob(string path, string blob) =>
        Assert.Equal(blob, MotCua.LocalHost.StaticSiteEndpoints.ToBlobName(path));
}
