using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Qr;

public sealed class QrEndpointsTests(QrApp app) : IClassFixture<QrApp>
{
    public static TheoryData<string, string> ServedPngs => new()
    {
        { "/api/qr/HT2K.png", "HTTPS://QR.CAOBANG.GOV.VN/S/HT2K" },
        { "/api/qr/ht2k.png?ecc=l&size=2", "HTTPS://QR.CAOBANG.GOV.VN/S/HT2K" },
        { "/api/qr/7QXM.PNG?ecc=M&size=3", "HTTPS://QR.CAOBANG.GOV.VN/S/7QXM" },
        { "/api/qr/KS3A9Z.png?ecc=H&size=40", "HTTPS://QR.CAOBANG.GOV.VN/S/KS3A9Z" },
        { "/api/qr/ks3a9z.png?ecc=Q&size=5", "HTTPS://QR.CAOBANG.GOV.VN/S/KS3A9Z" },
    };

    [Theory]
    [MemberData(nameof(ServedPngs))]
    public async Task Every_png_served_decodes_to_exactly_its_upper_case_url(string path, string url)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([url], await ZbarImg.DecodeAsync(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task The_svg_is_one_path_with_a_quiet_zone_and_under_2_kilobytes()
    {
        using var response = await GetAsync("/api/qr/KS3A9Z.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(bytes.Length, 200, 2048);
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
        Assert.Equal("0 0 37 37", svg.Attribute("viewBox")!.Value); // version 3: 29 modules + 2 × 4 quiet zone
        Assert.Single(svg.Descendants("{http://www.w3.org/2000/svg}path"));
        Assert.Equal("HTTPS://QR.CAOBANG.GOV.VN/S/KS3A9Z", svg.Attribute("aria-label")!.Value);
    }

    [Fact]
    public async Task A_size_on_an_svg_sets_its_pixel_width()
    {
        using var response = await GetAsync("/api/qr/HT2K.svg?size=4");

        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        var side = int.Parse(svg.Attribute("viewBox")!.Value.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((side * 4).ToString(System.Globalization.CultureInfo.InvariantCulture), svg.Attribute("width")!.Value);
    }

    [Fact]
    public async Task Images_are_cacheable_forever_with_an_etag_and_revalidate_to_304()
    {
        using var first = await GetAsync("/api/qr/HT2K.png");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/qr/ht2k.png");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await app.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Different_parameters_have_different_etags()
    {
        var etags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in new[] { "/api/qr/HT2K.png", "/api/qr/HT2K.png?size=4", "/api/qr/HT2K.png?ecc=H", "/api/qr/HT2K.svg", "/api/qr/7QXM.png" })
        {
            using var response = await GetAsync(path);
            Assert.True(etags.Add(response.Headers.ETag!.Tag), path);
        }
    }

    [Fact]
    public async Task A_stale_etag_gets_the_image_again()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/qr/HT2K.png");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123\""));
        using var response = await app.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/qr/ZZZZ.png")]
    [InlineData("/api/qr/HT0K.svg")]
    public async Task An_unknown_code_is_404(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/qr/HT2K.png?size=0", "size='0'")]
    [InlineData("/api/qr/HT2K.png?size=41", "từ 2 đến 40")]
    [InlineData("/api/qr/HT2K.png?size=abc", "size='abc'")]
    [InlineData("/api/qr/HT2K.png?ecc=X", "L, M, Q hoặc H")]
    [InlineData("/api/qr/HT2K.gif", "MÃ.svg hoặc MÃ.png")]
    [InlineData("/api/qr/HT2K", "MÃ.svg hoặc MÃ.png")]
    public async Task A_bad_request_is_400_with_the_reason_in_text(string path, string reason)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        return await app.App.Client.GetAsync(new Uri(path, UriKind.Relative));
    }
}
