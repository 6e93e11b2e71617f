using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Data;

namespace MotCua.Stats.Tests;

/// <summary>The statistics' tables and blobs on the shared Azurite, emptied before each test.</summary>
internal sealed class StatsStorage(string connectionString)
{
    public TableServiceClient Tables { get; } = new(connectionString);

    public BlobServiceClient Blobs { get; } = new(connectionString, StorageClientDefaults.BlobOptions());

    public TableClient Scans => Tables.GetTableClient(TableNames.Scans);

    public TableClient Surveys => Tables.GetTableClient(TableNames.Surveys);

    public BlobContainerClient Web => Blobs.GetBlobContainerClient("$web");

    /// <summary>Test settings: a short safety lag so a test need not wait minutes.</summary>
    public static StatsOptions Options() => new() { SafetyLag = TimeSpan.FromSeconds(1), ClaimLease = TimeSpan.FromMinutes(10) };

    public async Task<StatsStorage> ResetAsync()
    {
        foreach (var name in TableNames.All)
        {
            var table = Tables.GetTableClient(name);
            await table.DeleteAsync(CancellationToken.None);
            await table.CreateIfNotExistsAsync(CancellationToken.None);
        }

        await Web.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        var blobs = new List<string>();
        await foreach (var blob in Web.GetBlobsAsync(new GetBlobsOptions { Prefix = "stats/" }, CancellationToken.None))
        {
            blobs.Add(blob.Name);
        }

        blobs.Add("_data/codes.json");
        foreach (var name in blobs)
        {
            await Web.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        }

        return this;
    }

    public static async Task<List<TableEntity>> AllAsync(TableClient table)
    {
        var all = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>((string?)null, 1000, null, CancellationToken.None))
        {
            all.Add(e);
        }

        return all;
    }

    public async Task<JsonElement> StatsJsonAsync(string unit)
    {
        var blob = await Web.GetBlobClient($"stats/{unit}/stats.json").DownloadContentAsync(CancellationToken.None);
        return JsonDocument.Parse(blob.Value.Content.ToArray()).RootElement.Clone();
    }

    public StatsRunner Runner(TimeProvider clock, StatsOptions? options = null) => new(Tables, Blobs, options ?? Options(), clock);
}
