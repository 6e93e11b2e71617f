using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Pages;

namespace MotCua.Browser.Tests;

/// <summary>The offline worker on its own, with fixed pages shaped like the site's.</summary>
[Collection(SiteCollection.Name)]
public sealed class ServiceWorkerTests
{
    private const string Html = "text/html; charset=utf-8";
    private const string Procedure = "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html";
    private const string Board = "/tp-cao-bang/ho-tich/";
    private const string Elsewhere = "/tp-cao-bang/dat-dai/";

    private readonly SiteFixture _site;

    public ServiceWorkerTests(SiteFixture site) => _site = site;

    /// <summary>A page shaped like the site's: a breadcrumb trail first, then the heading.</summary>
    private static string Page(string heading, params string[] crumbs) =>
        "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>" + heading + "</title><nav><ol>" +
        string.Concat(crumbs.Select(c => $"<li><a href=\"{c}\">{c}</a></li>")) + "</ol></nav><h1>" + heading + "</h1>" +
        ServiceWorkerScript.RegistrationTag;

    [Fact]
    public async Task AVisitedProcedureAndItsBoardOpenAgainWithNoConnection()
    {
        await using var server = await PagesServer.StartAsync(new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Procedure] = (Page("Đăng ký khai sinh", "/", "/tp-cao-bang/", Board), Html),
            [Board] = (Page("Hộ tịch", "/", "/tp-cao-bang/"), Html),
            [Elsewhere] = (Page("Đất đai", "/", "/tp-cao-bang/"), Html),
            [ServiceWorkerScript.SitePath] = (ServiceWorkerScript.Script, ServiceWorkerScript.ContentType),
        });
        await using var context = await _site.Chromium.NewPhoneContextAsync(baseUrl: server.BaseAddress.ToString());
        var page = await context.NewPageAsync();
        await page.GotoAsync(Procedure);

        // The worker keeps the page it was handed and fetches the board in the background.
        await OfflineCache.WaitForAsync(page, Procedure, Board);

        await context.SetOfflineAsync(true);
        await page.GotoAsync(Procedure);
        Assert.Equal("Đăng ký khai sinh", await page.InnerTextAsync("h1"));
        await page.GotoAsync(Board);
        Assert.Equal("Hộ tịch", await page.InnerTextAsync("h1"));

        // A page never opened is not there: the copies come from the worker, not the network.
        await Assert.ThrowsAsync<PlaywrightException>(() => page.GotoAsync(Elsewhere));
    }
}
