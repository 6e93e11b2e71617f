using Microsoft.Playwright;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests.Harness;

/// <summary>Phone-sized screenshots kept as test artefacts in <c>artifacts/screenshots/</c> (git-ignored).</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    /// <summary>Saves the first screen (what the citizen sees without scrolling) and the full page.</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + "-full.png"), FullPage = true });
    }
}
