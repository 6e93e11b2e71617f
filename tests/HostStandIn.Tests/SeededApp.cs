using System.Text.Json;
using MotCua.Domain.Codes;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.HostStandIn.Tests;

/// <summary>
/// A private Azurite with a tiny published site (home, one board page with code HT2K, the 404 page) and the Functions
/// app running on it under the stand-in, shared by the tests of one class.
/// </summary>
public class SeededApp : IAsyncLifetime
{
    public const string Code = "HT2K";
    public const string BoardPath = "/u/ho-tich/";

    private AzuriteInstance? _storage;
    private FunctionsApp? _app;

    public AzuriteInstance Storage => _storage ?? throw new InvalidOperationException("not started");

    public FunctionsApp App => _app ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _storage = await AzuriteInstance.StartAsync();
        await SeedWebsiteAsync(_storage.ConnectionString);
        _app = await FunctionsApp.StartAsync(_storage.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    /// <summary>What the app's <c>$web</c> holds before it starts: <see cref="SeedAsync"/> unless a fixture needs another site.</summary>
    protected virtual Task SeedWebsiteAsync(string connectionString) => SeedAsync(connectionString);

    public static async Task SeedAsync(string connectionString)
    {
        var web = await WebSiteSeeder.ContainerAsync(connectionString, "$web");
        var codes = new ResolvedCodes([new CodeEntry(Code, CodeKind.Board, "u", "u/ho-tich", "board", BoardPath)]);
        await WebSiteSeeder.PutAsync(web, "_data/codes.json", JsonSerializer.SerializeToUtf8Bytes(codes), "application/json");
        await WebSiteSeeder.PutHtmlAsync(web, "index.html", "<h1>Trang chủ</h1>");
        await WebSiteSeeder.PutHtmlAsync(web, "u/ho-tich/index.html", "<h1>Hộ tịch</h1>");
        await WebSiteSeeder.PutHtmlAsync(web, "404.html", "<h1>Không tìm thấy</h1>");
    }
}
