using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Browser.Tests;

/// <summary>The published site, opened once online, opens again with no connection.</summary>
[Collection(SiteCollection.Name)]
public sealed class OfflineRevisitTests
{
    private readonly SiteFixture _site;

    public OfflineRevisitTests(SiteFixture site) => _site = site;

    [Fact]
    public async Task AScannedProcedureAndItsBoardOpenAgainOffline()
    {
        var procedure = _site.FirstCode(CodeKind.Procedure);
        var board = procedure.Path[..(procedure.Path.LastIndexOf('/') + 1)];
        await using var context = await _site.Chromium.NewPhoneContextAsync(baseUrl: _site.BaseAddress.ToString());
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePaths.Scan(procedure.Code));
        var heading = await page.InnerTextAsync("h1");
        var visited = new Uri(page.Url).PathAndQuery;

        await OfflineCache.WaitForAsync(page, visited, board);
        await context.SetOfflineAsync(true);

        await page.GotoAsync(visited);
        Assert.Equal(heading, await page.InnerTextAsync("h1"));
        await page.GotoAsync(board);
        await Assertions.Expect(page.Locator($"a[href=\"{procedure.Path}\"]").First).ToBeVisibleAsync();
    }
}
