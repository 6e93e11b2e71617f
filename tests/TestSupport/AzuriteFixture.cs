using Azure.Data.Tables;
using MotCua.Data;
using Xunit;

namespace MotCua.TestSupport;

/// <summary>
/// The Azurite shared by a test assembly: started once (in memory, free loopback ports, strict API
/// checks) before the first test of the collection and stopped, with its process tree, after the last.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteInstance? _instance;

    /// <summary>Full-form connection string for the well-known development account at this instance's ports.</summary>
    public string ConnectionString => Instance.ConnectionString;

    public Uri BlobEndpoint => Instance.BlobEndpoint;

    public Uri TableEndpoint => Instance.TableEndpoint;

    /// <summary>A new empty table of its own (see <see cref="UniqueNames.Table"/>), with the project's client options unless others are given.</summary>
    public async Task<TableClient> NewTableAsync(string prefix, TableClientOptions? options = null)
    {
        var table = new TableServiceClient(ConnectionString, options ?? StorageClientDefaults.TableOptions()).GetTableClient(UniqueNames.Table(prefix));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private AzuriteInstance Instance => _instance ?? throw new InvalidOperationException("Azurite has not started yet.");

    public async Task InitializeAsync() => _instance = await AzuriteInstance.StartAsync();

    public async Task DisposeAsync()
    {
        if (_instance is not null)
            await _instance.DisposeAsync();
    }
}
