using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Scans;
using MotCua.Handler.Site;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Scan;

/// <summary>A seeded test site and the app in process, scanning one procedure's code.</summary>
internal sealed class ScanSite : IAsyncDisposable
{
    public const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private ScanSite(ScanHandlerFactory factory, string code)
    {
        Factory = factory;
        Client = factory.CreateClient(new() { AllowAutoRedirect = false });
        Code = code;
    }

    public ScanHandlerFactory Factory { get; }

    public HttpClient Client { get; }

    public string Code { get; }

    /// <summary>Seeds pages and codes into <paramref name="azurite"/>'s blobs and starts the app on <paramref name="connectionString"/>.</summary>
    public static Task<ScanSite> StartAsync(AzuriteFixture azurite, string connectionString, params (string Key, string Value)[] settings) =>
        StartAsync(azurite.ConnectionString, connectionString, null, settings);

    public static Task<ScanSite> StartAsync(AzuriteFixture azurite, string connectionString, TimeProvider clock, params (string Key, string Value)[] settings) =>
        StartAsync(azurite.ConnectionString, connectionString, clock, settings);

    public static async Task<ScanSite> StartAsync(string seedConnectionString, string connectionString, TimeProvider? clock, params (string Key, string Value)[] settings)
    {
        var prefix = ScanTestSite.NewPrefix();
        var container = UniqueNames.Container("web-rec");
        await ScanTestSite.SeedAsync(seedConnectionString, container, prefix);
        var factory = new ScanHandlerFactory(connectionString, container, IPAddress.Parse("203.0.113.7")) { Clock = clock };
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        return new ScanSite(factory, ScanTestSite.Codes(prefix).Procedure);
    }

    public T Get<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task<(HttpStatusCode Status, TimeSpan Elapsed)> ScanAsync(string userAgent = Phone)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/s/{Code}");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        var watch = Stopwatch.StartNew();
        using var response = await Client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, watch.Elapsed);
    }

    /// <summary>A scan record as the endpoint makes it, for tests that fill the buffer faster than HTTP can.</summary>
    public async Task<ScanRecord> NewRecordAsync()
    {
        var entry = await Get<CodeDirectory>().FindAsync(Code, CancellationToken.None) ?? throw new InvalidOperationException($"{Code} is not in the seeded registry");
        return Get<ScanRecordFactory>().Create(entry, ScanEvent.Scan, new ScanRequest(IPAddress.Parse("203.0.113.7"), Phone, null));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
