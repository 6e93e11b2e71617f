using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.TestSupport;
using Xunit.Abstractions;

namespace MotCua.Browser.Tests;

/// <summary>An editor's loop: `publisher serve` open in the browser, a sheet saved, the page shows the change by itself.</summary>
public sealed class ServePreviewTests : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string Sheet = "units/phuong-quan-thanh/ho-tich/dang-ky-ket-hon.md";
    private const string Page = "phuong-quan-thanh/ho-tich/dang-ky-ket-hon.html";

    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _log;
    private readonly string _site = Path.Combine(Path.GetTempPath(), "motcua-serve-" + Guid.NewGuid().ToString("N")[..12]);

    public ServePreviewTests(ChromiumFixture chromium, ITestOutputHelper log)
    {
        _chromium = chromium;
        _log = log;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Site, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_site, Path.GetRelativePath(RepositoryPaths.Site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public async Task A_saved_edit_reaches_the_open_preview_page_without_a_click()
    {
        await using var serve = await ServeProcess.StartAsync(_site);
        await using var context = await _chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(serve.Address, Page).ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng ký kết hôn");

        var saved = Stopwatch.StartNew();
        await ReplaceInSheetAsync("title: Đăng ký kết hôn", "title: Đăng ký kết hôn (sửa thử)");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng ký kết hôn (sửa thử)", new() { Timeout = 10_000 });
        _log.WriteLine($"save to reloaded page: {saved.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_mistake_shows_the_file_and_line_in_the_page_and_fixing_it_brings_the_page_back()
    {
        await using var serve = await ServeProcess.StartAsync(_site);
        await using var context = await _chromium.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(serve.Address, Page).ToString());

        await ReplaceInSheetAsync("title: Đăng ký kết hôn", "tittle: Đăng ký kết hôn");
        await Assertions.Expect(page.Locator("li code").First).ToHaveTextAsync($"{_site}/{Sheet}:2:1", new() { Timeout = 10_000 });

        await ReplaceInSheetAsync("tittle: Đăng ký kết hôn", "title: Đăng ký kết hôn");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng ký kết hôn", new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task The_phone_view_shows_the_page_in_a_360_pixel_frame()
    {
        await using var serve = await ServeProcess.StartAsync(_site);
        await using var context = await _chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(serve.Address, Page).ToString());

        await page.ClickAsync("text=Xem trên điện thoại");

        var frame = page.FrameLocator("iframe");
        await Assertions.Expect(frame.Locator("h1")).ToHaveTextAsync("Đăng ký kết hôn");
        var width = await page.Locator("iframe").EvaluateAsync<int>("f => f.contentWindow.innerWidth");
        Assert.InRange(width, 340, 360);
        await Screenshots.SaveAsync(page, "serve-phone-view");
    }

    private async Task ReplaceInSheetAsync(string text, string replacement)
    {
        var path = Path.Combine(_site, Sheet);
        var sheet = await File.ReadAllTextAsync(path);
        Assert.Contains(text, sheet, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, sheet.Replace(text, replacement, StringComparison.Ordinal), new UTF8Encoding(false));
    }
}
