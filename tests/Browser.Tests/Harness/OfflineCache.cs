using System.Diagnostics;
using Microsoft.Playwright;

namespace MotCua.Browser.Tests.Harness;

/// <summary>Waits for the service worker's cache, polled from the page (its writes finish after load).</summary>
public static class OfflineCache
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task WaitForAsync(IPage page, params string[] paths)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var cached = await page.EvaluateAsync<bool>(
                "async (paths) => { for (const p of paths) { if (!(await caches.match(p))) return false; } return true; }",
                paths);
            if (cached)
            {
                return;
            }

            Assert.True(waited.Elapsed < Timeout, $"the service worker did not cache {string.Join(", ", paths)} within {Timeout.TotalSeconds} s");
            await Task.Delay(100);
        }
    }
}
