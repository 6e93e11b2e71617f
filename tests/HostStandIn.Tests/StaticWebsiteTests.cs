using System.Net;
using System.Text;
using MotCua.Domain.Pages;

namespace MotCua.HostStandIn.Tests;

/// <summary>
/// Paths Front Door sends to the storage account are served as its static website serves them: stored headers, ETags,
/// methods (which blob answers which path: <see cref="StaticWebsitePathsTests"/>).
/// </summary>
public sealed class StaticWebsiteTests(SeededApp site) : IClassFixture<SeededApp>
{
    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = "gzip", HttpMethod? method = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await site.App.Client.SendAsync(request);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        Encoding.UTF8.GetString(Gzip.Decompress(await response.Content.ReadAsByteArrayAsync()));

    [Fact]
    public async Task A_folder_serves_its_index_with_the_stored_type_encoding_and_caching()
    {
        using var response = await GetAsync("/u/ho-tich/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Equal(Gzip.Compress(Encoding.UTF8.GetBytes("<h1>Hộ tịch</h1>")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_client_that_does_not_ask_for_gzip_still_gets_the_stored_gzip_bytes_as_the_static_website_sends_them()
    {
        using var response = await GetAsync("/u/ho-tich/", acceptEncoding: null);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("<h1>Hộ tịch</h1>", await TextAsync(response));
    }

    [Fact]
    public async Task A_matching_etag_gets_304()
    {
        using var first = await GetAsync("/u/ho-tich/");
        var etag = first.Headers.ETag!.ToString();

        using var second = await GetAsync("/u/ho-tich/", ifNoneMatch: etag);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_sends_headers_and_no_body()
    {
        using var response = await GetAsync("/u/ho-tich/", method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/u/ho-tich/")]
    [InlineData("/khong-co.html")]
    public async Task Every_answer_carries_the_security_headers_front_door_adds(string path)
    {
        using var response = await GetAsync(path);

        Assert.NotEmpty(SecurityHeaders.Headers);
        foreach (var (name, value) in SecurityHeaders.Headers)
        {
            Assert.True(response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values), name);
            Assert.Equal(value, Assert.Single(values!));
        }
    }

    [Fact]
    public async Task Another_method_is_refused_with_405()
    {
        using var response = await GetAsync("/u/ho-tich/", method: HttpMethod.Post);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
