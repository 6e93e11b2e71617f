using Microsoft.Playwright;

namespace MotCua.Browser.Tests.Harness;

/// <summary>
/// One Debian Chromium for the whole test run, driven by Playwright's bundled driver.
/// No browser is ever downloaded: the executable is the system's <c>/usr/bin/chromium</c>.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where <c>infra/local/debian-deps.sh</c> installs Chromium.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A cheap phone's screen, the size every screenshot is taken at.</summary>
    public const int PhoneWidth = 360;

    public const int PhoneHeight = 640;

    private static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: run infra/local/debian-deps.sh to install Debian's chromium.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>A fresh phone-sized context (own cookies, cache and service workers).</summary>
    public Task<IBrowserContext> NewPhoneContextAsync(bool javaScriptEnabled = true, string? baseUrl = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = PhoneHeight },
            DeviceScaleFactor = 1,
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            JavaScriptEnabled = javaScriptEnabled,
            BaseURL = baseUrl,
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
