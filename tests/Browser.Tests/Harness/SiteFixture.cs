using System.Net;
using System.Net.Http.Json;
using MotCua.Domain.Codes;
using MotCua.Publisher;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Browser.Tests.Harness;

/// <summary>
/// The system a citizen meets, built once per test run: a private Azurite, the sample site in
/// <c>site/</c> published into its <c>$web</c> by the real publisher, the Functions app's worker under the host
/// stand-in (which also serves <c>$web</c>, as Front Door and the static website do in Azure), and one Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>The public host printed in QR codes; tests map it to the local handler.</summary>
    public const string PublicHost = "QR.MOTCUA.TEST";

    private AzuriteInstance? _azurite;
    private FunctionsApp? _app;

    public ChromiumFixture Chromium { get; } = new();

    /// <summary>The site's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>The published registry, as the handler reads it.</summary>
    public ResolvedCodes Codes { get; private set; } = new([]);

    /// <summary>A plain HTTP client on the site that follows no redirect and decompresses what the static website sends gzip.</summary>
    public HttpClient Http { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var chromium = Chromium.InitializeAsync();
        _azurite = await AzuriteInstance.StartAsync();
        await PublishAsync(_azurite.ConnectionString);
        _app = await FunctionsApp.StartAsync(_azurite.ConnectionString, [KeyValuePair.Create("Site:Host", PublicHost)]);
        BaseAddress = _app.BaseAddress;
        Http = _app.NewClient(DecompressionMethods.GZip);
        Codes = await Http.GetFromJsonAsync<ResolvedCodes>("/_data/codes.json")
            ?? throw new InvalidOperationException("/_data/codes.json is empty.");
        await chromium;
    }

    /// <summary>Maps a URL read from a QR code (<c>HTTPS://HOST/S/CODE</c>) to the local handler.</summary>
    public Uri Local(string scannedUrl) => new(BaseAddress, new Uri(scannedUrl).PathAndQuery);

    /// <summary>The first live code of a current unit (a merged office's codes open their successor's pages).</summary>
    public CodeEntry FirstCode(CodeKind kind, Func<CodeEntry, bool>? also = null) =>
        Codes.Codes.FirstOrDefault(c => c.Kind == kind && !c.Retired && c.SuccessorPath is null && (also?.Invoke(c) ?? true))
            ?? throw new InvalidOperationException($"The sample site has no live {kind} code.");

    /// <summary>The unit's statistics page, after one run of the statistics timer, started as the host's admin API starts it.</summary>
    public async Task<string> StatisticsPathAsync(string unit)
    {
        if (!await _app!.Host.InvokeTimerAsync("PublishStats"))
        {
            throw new InvalidOperationException("PublishStats failed: " + string.Join('\n', _app.Log.Of("Function.PublishStats")));
        }

        return Domain.Sheets.SitePaths.Stats(unit);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Chromium.DisposeAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private static async Task PublishAsync(string connectionString)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(
            ["publish", RepositoryPaths.Site, "--connection", connectionString], stdout, stderr, TestClock.Create());
        if (exit != CommandLine.Ok)
        {
            throw new InvalidOperationException($"publish exited {exit}: {stderr}{stdout}");
        }
    }
}
