using System.Text;
using MotCua.Browser.Tests.Harness;
using MotCua.Data.Privacy;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests;

/// <summary>
/// The breadcrumb trail of a built procedure page, on a phone: each link is a touch target of at least 24×24 CSS
/// pixels (Lighthouse's and WCAG 2.2's minimum), its separator has room on both sides, and the page asks for no
/// /favicon.ico (a 404 in the console on every page).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BreadcrumbTests(SiteFixture site)
{
    private const string Procedure = "/phuong-thuc-phan/ho-tich/dang-ky-khai-sinh.html";

    [Fact]
    public async Task EachBreadcrumbLinkIsATouchTargetOfAtLeast24PixelsWithRoomAroundItsSeparator()
    {
        var pages = new SiteRenderer(SiteLoader.Load(RepositoryPaths.Site).Site, StoredTables.All).BuildAll()
            .ToDictionary(p => "/" + p.BlobName, p => (Encoding.UTF8.GetString(p.Bytes), p.ContentType), StringComparer.Ordinal);
        pages[ServiceWorkerScript.SitePath] = (ServiceWorkerScript.Script, ServiceWorkerScript.ContentType);
        await using var server = await PagesServer.StartAsync(pages);
        await using var context = await site.Chromium.NewPhoneContextAsync(baseUrl: server.BaseAddress.ToString());
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) => requested.Add(new Uri(request.Url).AbsolutePath);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync(Procedure);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var links = await page.EvaluateAsync<double[][]>("[...document.querySelectorAll('nav a')].map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; })");
        var separators = await page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('nav li + li')].map(li => { const s = getComputedStyle(li, '::before'); return [parseFloat(s.marginLeft), parseFloat(s.marginRight)]; })");

        Assert.Equal(3, links.Length);
        Assert.All(links, size => Assert.True(size[0] >= 24 && size[1] >= 24, $"a breadcrumb link is {size[0]:0.#}×{size[1]:0.#} px"));
        Assert.All(separators, margins => Assert.True(margins[0] >= 4 && margins[0] == margins[1], $"the separator has {margins[0]} px before it and {margins[1]} px after"));
        Assert.DoesNotContain("/favicon.ico", requested);
        Assert.Empty(errors);
    }
}
