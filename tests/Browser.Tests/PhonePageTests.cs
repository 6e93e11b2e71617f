using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Browser.Tests;

/// <summary>
/// Each kind of page on a 360×640 phone: it renders in Vietnamese, axe-core finds nothing serious,
/// and a screenshot is kept in <c>artifacts/screenshots/</c> for people to look at.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PhonePageTests
{
    private readonly SiteFixture _site;

    public PhonePageTests(SiteFixture site) => _site = site;

    [Theory]
    [InlineData("home")]
    [InlineData("unit")]
    [InlineData("board")]
    [InlineData("procedure")]
    [InlineData("survey")]
    [InlineData("statistics")]
    public async Task APageReadsWellOnAPhoneAndPassesAxe(string kind)
    {
        var path = await PathOfAsync(kind);
        await using var context = await _site.Chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(_site.BaseAddress, path).ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - innerWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px on a 360 px screen");

        await Screenshots.SaveAsync(page, kind);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private async Task<string> PathOfAsync(string kind)
    {
        var board = _site.FirstCode(CodeKind.Board);
        return kind switch
        {
            "home" => SitePaths.Root,
            "unit" => SitePaths.UnitHome(board.Unit),
            "board" => board.Path,
            "procedure" => _site.FirstCode(CodeKind.Procedure, c => !string.IsNullOrEmpty(c.OnlineUrl)).Path,
            "survey" => _site.FirstCode(CodeKind.Counter).Path,
            "statistics" => await _site.StatisticsPathAsync(board.Unit),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown page kind"),
        };
    }
}
