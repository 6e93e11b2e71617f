namespace MotCua.Browser.Tests.Harness;

/// <summary>
/// The system a citizen meets, built once per test run: the handler on Kestrel and one Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private HandlerServer? _handler;

    public ChromiumFixture Chromium { get; } = new();

    /// <summary>The handler's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        _handler = new HandlerServer(new Dictionary<string, string?>(StringComparer.Ordinal));
        BaseAddress = _handler.Start();
        await Chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        if (_handler is not null)
        {
            await _handler.DisposeAsync();
        }
    }
}
