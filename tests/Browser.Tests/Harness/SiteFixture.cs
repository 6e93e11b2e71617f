using System.Net.Http.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Codes;
using MotCua.Handler.Stats;
using MotCua.Publisher;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests.Harness;

/// <summary>
/// The system a citizen meets, built once per test run: a private Azurite, the sample site in
/// <c>site/</c> published into its <c>$web</c> by the real publisher, the real handler on
/// Kestrel, and one Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>The public host printed in QR codes; tests map it to the local handler.</summary>
    public const string PublicHost = "QR.MOTCUA.TEST";

    private AzuriteInstance? _azurite;
    private HandlerServer? _handler;

    public ChromiumFixture Chromium { get; } = new();

    /// <summary>The handler's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>The published registry, as the handler reads it.</summary>
    public ResolvedCodes Codes { get; private set; } = new([]);

    /// <summary>A plain HTTP client on the handler that does not follow redirects.</summary>
    public HttpClient Http { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var chromium = Chromium.InitializeAsync();
        _azurite = await AzuriteInstance.StartAsync();
        await PublishAsync(_azurite.ConnectionString);
        _handler = new HandlerServer(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Storage:ConnectionString"] = _azurite.ConnectionString,
            ["Site:Host"] = PublicHost,
            ["Privacy:VisitorSecret"] = "browser-tests-visitor-secret",
        });
        BaseAddress = _handler.Start();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
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

    /// <summary>
    /// The unit's statistics page, after one run of the stats timer function on the app's services (a fresh site
    /// has none until then). The run comes first: the app remembers a missing page for a while, as a CDN would.
    /// </summary>
    public async Task<string> StatisticsPathAsync(string unit)
    {
        var timer = ActivatorUtilities.CreateInstance<StatsTimer>(_handler!.Services);
        await timer.RunAsync(new TimerInfo(), CancellationToken.None);
        return Domain.Sheets.SitePaths.Stats(unit);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Chromium.DisposeAsync();
        if (_handler is not null)
        {
            await _handler.DisposeAsync();
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
