using System.Net.Http.Headers;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Data.Surveys;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Survey;

/// <summary>The Functions app on a given Azurite, with the sample survey catalog published to <c>$web</c>.</summary>
public sealed class SurveyTestSite : IAsyncDisposable
{
    private readonly FunctionsApp _app;

    private SurveyTestSite(string connectionString, FunctionsApp app)
    {
        ConnectionString = connectionString;
        _app = app;
    }

    public string ConnectionString { get; }

    public HttpClient Client => _app.Client;

    public TableClient Table => new TableServiceClient(ConnectionString).GetTableClient(TableNames.Surveys);

    public static async Task<SurveyTestSite> StartAsync(string connectionString, params (string Key, string Value)[] settings)
    {
        await PublishCatalogAsync(connectionString);
        return new SurveyTestSite(connectionString, await FunctionsApp.StartAsync(connectionString, settings.Select(s => KeyValuePair.Create(s.Key, s.Value))));
    }

    public static async Task PublishCatalogAsync(string connectionString, string containerName = "$web")
    {
        var container = new BlobServiceClient(connectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(containerName);
        await container.CreateIfNotExistsAsync();
        // Stored as the publisher stores it: gzip, with its content encoding.
        await WebSiteSeeder.PutAsync(container, SitePaths.BlobName(SitePaths.SurveyJson), SurveyCatalogJson.Serialize(SurveySamples.Catalog), PagePlan.JsonContentType);
    }

    /// <summary>
    /// Posts a body as the form does, from a browser identified by <paramref name="userAgent"/>, with any
    /// <paramref name="headers"/> a browser adds (Origin, Sec-Fetch-Site).
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string userAgent = "SurveyTests/1.0", string contentType = SurveyForm.ContentType, string? channel = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/survey") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.UserAgent.ParseAdd(userAgent);
        if (channel is not null)
        {
            request.Headers.Add(SurveyScript.ChannelHeader, channel);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] fields) =>
        PostAsync(Encoding.ASCII.GetBytes(SurveySamples.Body(fields)));

    /// <summary>Stored answers matching an OData filter (all of them when null); the tally rows beside them are left out.</summary>
    public async Task<List<TableEntity>> StoredAsync(string? filter)
    {
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in Table.QueryAsync<TableEntity>(filter, 1000, null, CancellationToken.None))
            {
                if (!row.RowKey.StartsWith("n-", StringComparison.Ordinal))
                {
                    rows.Add(row);
                }
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No table yet: nothing stored.
        }

        return rows;
    }

    /// <summary>The answer sent with this client id, found by the row key derived from it: the id itself is not stored.</summary>
    public Task<List<TableEntity>> StoredWithClientIdAsync(string clientId) =>
        StoredAsync(TableClient.CreateQueryFilter($"RowKey eq {SurveyKeys.ClientRowKey(clientId)}"));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
    }
}
