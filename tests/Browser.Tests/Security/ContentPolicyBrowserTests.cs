using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Browser.Tests.Security;

/// <summary>
/// The pages' content policies in Chromium: no page of any kind trips its own policy (its scripts run, its styles
/// apply), and a script that got into a page's text is refused.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ContentPolicyBrowserTests(SiteFixture site)
{
    /// <summary>Records every policy violation from the first byte on (an init script runs outside the page's policy).</summary>
    private const string ViolationRecorder =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));";

    [Theory]
    [InlineData("home")]
    [InlineData("unit")]
    [InlineData("board")]
    [InlineData("procedure")]
    [InlineData("survey")]
    [InlineData("thanks")]
    [InlineData("privacy")]
    [InlineData("statistics")]
    [InlineData("not-found")]
    public async Task No_page_of_any_kind_violates_its_own_policy(string kind)
    {
        var (page, context) = await OpenAsync();
        await using var _ = context;
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Text);

        await page.GotoAsync(new Uri(site.BaseAddress, await PathOfAsync(kind)).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(300); // the service worker registers after load

        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("meta[http-equiv=Content-Security-Policy]").CountAsync());
    }

    [Fact]
    public async Task The_pages_own_scripts_run_under_the_policy()
    {
        var (page, context) = await OpenAsync();
        await using var _ = context;

        await page.GotoAsync(new Uri(site.BaseAddress, site.FirstCode(CodeKind.Counter).Path).ToString());

        // The survey script fills the client id; the registration script installs the service worker.
        await Assertions.Expect(page.Locator("#survey-client-id")).ToHaveValueAsync(new Regex("^[0-9a-f]{32}$"));
        Assert.True(await page.EvaluateAsync<bool>("navigator.serviceWorker.ready.then(r => !!r.active)"));
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
    }

    [Fact]
    public async Task A_script_injected_into_a_page_is_blocked_and_reported()
    {
        var (page, context) = await OpenAsync();
        await using var _ = context;
        var path = site.FirstCode(CodeKind.Procedure).Path;
        // The page as an attacker would have it: a script written into its text after it was rendered.
        await page.RouteAsync("**" + path, async route =>
        {
            var response = await route.FetchAsync();
            var html = (await response.TextAsync()).Replace("</main>", "<script>window.__injected = 1</script><img src=x onerror=\"window.__injected = 2\"></main>", StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
        });

        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__injected"));
        var violations = await page.EvaluateAsync<string[]>("window.__violations");
        // Chromium names the element and the attribute apart: the script element, then the onerror attribute.
        Assert.Contains(violations, v => v.StartsWith("script-src-elem inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("script-src-attr inline", StringComparison.Ordinal));
    }

    private async Task<(IPage Page, IBrowserContext Context)> OpenAsync()
    {
        var context = await site.Chromium.NewPhoneContextAsync();
        await context.AddInitScriptAsync(ViolationRecorder);
        return (await context.NewPageAsync(), context);
    }

    private async Task<string> PathOfAsync(string kind)
    {
        var board = site.FirstCode(CodeKind.Board);
        return kind switch
        {
            "home" => SitePaths.Root,
            "unit" => SitePaths.UnitHome(board.Unit),
            "board" => board.Path,
            "procedure" => site.FirstCode(CodeKind.Procedure, c => !string.IsNullOrEmpty(c.OnlineUrl)).Path,
            "survey" => site.FirstCode(CodeKind.Counter).Path,
            "thanks" => SitePaths.SurveyThanks(board.Unit),
            "privacy" => SitePaths.Privacy,
            "statistics" => await site.StatisticsPathAsync(board.Unit),
            "not-found" => "/s/KHONGCO",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown page kind"),
        };
    }
}
