using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>
/// A private Azurite, a site seeded into it and the Functions app running on it (the worker under the host
/// stand-in), started once for the tests of one class. Classes with fixtures of their own run side by side.
/// </summary>
public abstract class AppFixture : IAsyncLifetime
{
    private AzuriteInstance? _storage;
    private FunctionsApp? _app;

    public AzuriteInstance Storage => _storage ?? throw new InvalidOperationException("not started");

    public FunctionsApp App => _app ?? throw new InvalidOperationException("not started");

    public string ConnectionString => Storage.ConnectionString;

    /// <summary>The app's settings besides the storage connection and the visitor secret.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    public async Task InitializeAsync()
    {
        _storage = await AzuriteInstance.StartAsync();
        await SeedAsync(_storage.ConnectionString);
        _app = await FunctionsApp.StartAsync(_storage.ConnectionString, Settings);
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

    /// <summary>What the app finds in storage when it starts.</summary>
    protected abstract Task SeedAsync(string connectionString);
}
