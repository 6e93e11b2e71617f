using Microsoft.Playwright;

namespace MotCua.Browser.Tests.Harness;

/// <summary>Checks on what a page shows, whichever URL it came from.</summary>
public static class PageAssert
{
    /// <summary>
    /// The page shows the site page at <paramref name="path"/>: a scan answers either with that
    /// page's bytes at <c>/s/CODE</c> or with a same-origin redirect to it, so the title decides.
    /// </summary>
    public static async Task ShowsAsync(IPage page, string path)
    {
        if (string.Equals(new Uri(page.Url).AbsolutePath, path, StringComparison.Ordinal))
        {
            return;
        }

        var direct = await page.Context.NewPageAsync();
        try
        {
            var response = await direct.GotoAsync(new Uri(new Uri(page.Url), path).ToString());
            Assert.Equal(200, response!.Status);
            Assert.Equal(await direct.TitleAsync(), await page.TitleAsync());
        }
        finally
        {
            await direct.CloseAsync();
        }
    }
}
