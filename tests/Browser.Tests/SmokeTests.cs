using MotCua.Browser.Tests.Harness;

namespace MotCua.Browser.Tests;

public sealed class SmokeTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture _chromium;

    public SmokeTests(ChromiumFixture chromium) => _chromium = chromium;

    [Fact]
    public async Task ChromiumRendersVietnameseText()
    {
        await using var context = await _chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html lang=vi><body><h1>Đăng ký khai sinh</h1></body></html>");
        Assert.Equal("Đăng ký khai sinh", await page.InnerTextAsync("h1"));
    }
}
