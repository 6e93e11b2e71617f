using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Codes;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests;

/// <summary>
/// A citizen scans a poster printed in 2023 for Cao Bằng city, which ended on 1 July 2025: the phone lands on the
/// same procedure at the new Thục Phán ward, and the old board's code on the new ward's board.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MergedCodeJourneyTests
{
    private readonly SiteFixture _site;

    public MergedCodeJourneyTests(SiteFixture site) => _site = site;

    [Fact]
    public async Task An_old_procedure_sheets_code_opens_the_same_procedure_at_the_new_ward()
    {
        var old = _site.Codes.Codes.First(c => c.Target == "tp-cao-bang/ho-tich/dang-ky-khai-sinh");
        await using var context = await _site.Chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(_site.BaseAddress, $"/s/{old.Code}").ToString());

        Assert.Equal(200, response!.Status);
        Assert.Equal("/phuong-thuc-phan/ho-tich/dang-ky-khai-sinh.html", old.SuccessorPath);
        await PageAssert.ShowsAsync(page, old.SuccessorPath!);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng ký khai sinh");
        await Assertions.Expect(page.Locator("footer")).ToContainTextAsync("phường Thục Phán");
        await Screenshots.SaveAsync(page, "merged-code-procedure");
    }

    [Fact]
    public async Task An_old_board_posters_qr_image_decodes_to_a_url_that_opens_the_new_wards_board()
    {
        var old = _site.Codes.Codes.First(c => c.Target == "tp-cao-bang/ho-tich" && c.Kind == CodeKind.Board);
        var png = await _site.Http.GetByteArrayAsync(new Uri($"/api/qr/{old.Code}.png", UriKind.Relative));
        var scanned = Assert.Single(await ZbarImg.DecodeAsync(png));
        await using var context = await _site.Chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(_site.Local(scanned).ToString());

        Assert.Equal(200, response!.Status);
        await PageAssert.ShowsAsync(page, "/phuong-thuc-phan/ho-tich/");
    }
}
