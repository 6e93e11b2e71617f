using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Codes;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests;

/// <summary>A citizen scans the board's QR code, reads a procedure and goes on to file online.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class ScanJourneyTests
{
    private readonly SiteFixture _site;

    public ScanJourneyTests(SiteFixture site) => _site = site;

    [Fact]
    public async Task TheBoardQrImageDecodesToAShortUpperCaseScanUrl()
    {
        var board = _site.FirstCode(CodeKind.Board);
        var png = await _site.Http.GetByteArrayAsync(new Uri($"/api/qr/{board.Code}.png", UriKind.Relative));
        var texts = await ZbarImg.DecodeAsync(png);
        Assert.Equal($"HTTPS://{SiteFixture.PublicHost}/S/{board.Code}", Assert.Single(texts));
    }

    [Fact]
    public async Task ABoardPosterScansToTheBoardWhoseProcedureLeadsToTheOnlinePortal()
    {
        var board = _site.FirstCode(CodeKind.Board);
        await using var context = await _site.Chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        // What a phone's camera reads off the printed poster, as Chromium draws it.
        var scanned = await ReadPosterQrAsync(page, board);
        await page.GotoAsync(_site.Local(scanned).ToString());
        await PageAssert.ShowsAsync(page, board.Path);

        // The board lists its procedures; the first opens.
        var procedureLink = page.Locator($"main a[href^=\"{board.Path}\"][href$=\".html\"]").First;
        var procedurePath = await procedureLink.GetAttributeAsync("href");
        await procedureLink.ClickAsync();
        // Wait for the navigation itself, not the load event: the assertions below wait for what they need.
        await page.WaitForURLAsync(new Uri(_site.BaseAddress, procedurePath).ToString(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        // The portal link goes through /go/CODE (counted) to the procedure's online_url; no network is used.
        var entry = _site.Codes.Codes.First(c => c.Kind == CodeKind.Procedure && c.Path == procedurePath);
        var portal = page.Locator("a[href^=\"/go/\"]").First;
        Assert.Equal($"/go/{entry.Code}", await portal.GetAttributeAsync("href"), ignoreCase: true);
        Assert.False(string.IsNullOrEmpty(entry.OnlineUrl), $"{entry.Code} has no online_url");
        var onlineUrl = new Uri(entry.OnlineUrl!);
        await context.RouteAsync($"{onlineUrl.Scheme}://{onlineUrl.Host}/**", route =>
            route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = "<h1>Cổng dịch vụ công</h1>" }));
        await portal.ClickAsync();
        await page.WaitForURLAsync(onlineUrl.ToString(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cổng dịch vụ công");
    }

    [Fact]
    public async Task TheScanRouteTakesTheCodeInLowerCaseToo()
    {
        var board = _site.FirstCode(CodeKind.Board);
        await using var context = await _site.Chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(_site.BaseAddress, $"/s/{board.Code.ToLowerInvariant()}").ToString());
        Assert.Equal(200, response!.Status);
        await PageAssert.ShowsAsync(page, board.Path);
    }

    /// <summary>Screenshots the poster's QR code for <paramref name="board"/> and decodes it with zbarimg.</summary>
    private async Task<string> ReadPosterQrAsync(IPage page, CodeEntry board)
    {
        // A board's poster is posters/<unit>/<field>-<code>.html; each poster is a section with the code as id.
        var field = board.Target.Split('/')[^1];
        var poster = $"{Domain.Sheets.SitePaths.Posters(board.Unit)}{field}-{board.Code.ToLowerInvariant()}.html";
        var response = await page.GotoAsync(new Uri(_site.BaseAddress, poster).ToString());
        Assert.Equal(200, response!.Status);
        var qr = page.Locator($"[id=\"{board.Code}\"] .qr svg").First;
        var png = await qr.ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png });
        var texts = await ZbarImg.DecodeAsync(png);
        var url = Assert.Single(texts);
        Assert.Matches(ScanUrl(), url);
        return url;
    }

    [GeneratedRegex("^HTTPS://[A-Z0-9.-]+/S/[0-9A-Z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ScanUrl();
}
