using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests;

/// <summary>
/// The A–Z list of a unit's home in Chromium: each title's folded form (no diacritics) is not visible text, yet
/// find-in-page still finds it and the search box still filters on it. Needs only Chromium, not the site fixture.
/// </summary>
public sealed class UnitHomeSearchTests : IClassFixture<ChromiumFixture>
{
    private static readonly Lazy<string> Html = new(() =>
    {
        var unit = SiteLoader.Load(RepositoryPaths.Site).Site.Units.Single(u => u.Slug == "tp-cao-bang");
        return UnitHomeRenderer.Render(PageModelFactory.UnitHome(unit));
    });

    private readonly ChromiumFixture _chromium;

    public UnitHomeSearchTests(ChromiumFixture chromium) => _chromium = chromium;

    private async Task<IPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.SetContentAsync(Html.Value);
        return page;
    }

    [Fact]
    public async Task The_folded_title_takes_no_room_on_the_screen()
    {
        await using var context = await _chromium.NewPhoneContextAsync();
        var page = await OpenAsync(context);

        var boxes = await page.Locator("#az .k .vh").EvaluateAllAsync<double[]>("es => es.map(e => e.getBoundingClientRect().width * e.getBoundingClientRect().height)");

        Assert.NotEmpty(boxes);
        Assert.All(boxes, area => Assert.True(area <= 1, $"a folded title covers {area} px²"));
    }

    [Fact]
    public async Task Find_in_page_finds_the_folded_text_that_only_the_hidden_title_holds()
    {
        await using var context = await _chromium.NewPhoneContextAsync();
        var page = await OpenAsync(context);

        // " · " follows the folded title and nothing else on the page: a match proves the hidden text is searched.
        Assert.True(await page.EvaluateAsync<bool>("() => window.find('trich luc ho tich ·', false, false, true)"));
    }

    [Fact]
    public async Task Typing_without_diacritics_in_the_search_box_keeps_only_matching_procedures()
    {
        await using var context = await _chromium.NewPhoneContextAsync();
        var page = await OpenAsync(context);

        await page.Locator("input[type=search]").FillAsync("trich luc");

        var shown = await page.Locator("#az li:not([hidden]) a").AllInnerTextsAsync();
        Assert.Equal(["Cấp bản sao trích lục hộ tịch"], shown);
    }

    [Fact]
    public async Task Without_JavaScript_every_procedure_is_listed()
    {
        await using var context = await _chromium.NewPhoneContextAsync(javaScriptEnabled: false);
        var page = await OpenAsync(context);

        Assert.Equal(0, await page.Locator("input[type=search]").CountAsync());
        Assert.Equal(await page.Locator("#az li").CountAsync(), await page.Locator("#az li a:visible").CountAsync());
    }
}
