using MotCua.Browser.Tests.Harness;

namespace MotCua.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class SmokeTests
{
    private readonly SiteFixture _site;

    public SmokeTests(SiteFixture site) => _site = site;

    [Fact]
    public async Task ChromiumReachesTheHandlerOverLoopback()
    {
        await using var context = await _site.Chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(_site.BaseAddress.ToString());
        Assert.Equal(200, response!.Status);
        Assert.Equal("ok", await page.InnerTextAsync("body"));
    }
}
