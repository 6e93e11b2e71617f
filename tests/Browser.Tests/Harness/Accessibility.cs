using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MotCua.Browser.Tests.Harness;

/// <summary>axe-core in the page: serious and critical violations fail the test, with what and where.</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal))
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"{page.Url}:\n{string.Join('\n', blocking)}");
    }
}
