using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MotCua.TestSupport.Functions;

/// <summary>
/// Application Insights' ingestion endpoint on loopback: the app's telemetry SDK posts its batches here (newline-delimited
/// JSON, usually gzip) when its connection string names this address, so a test can see what an operator would see.
/// </summary>
public sealed class FakeTelemetryIngestion : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _items = new();

    private FakeTelemetryIngestion(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The app setting that sends the app's telemetry here.</summary>
    public string ConnectionString => $"InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint={Endpoint.AbsoluteUri}";

    /// <summary>Every telemetry item received, one JSON document each.</summary>
    public IReadOnlyList<string> Items => [.. _items];

    public static async Task<FakeTelemetryIngestion> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var ingestion = new FakeTelemetryIngestion(app);
        app.MapPost("/{**path}", (Delegate)ingestion.ReceiveAsync);
        await app.StartAsync();
        ingestion.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return ingestion;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var body = context.Request.Body;
        if (string.Equals(context.Request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(body, Encoding.UTF8);
        foreach (var line in (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            _items.Enqueue(line);
        }

        // The answer for a batch accepted whole.
        return Results.Json(new { itemsReceived = 1, itemsAccepted = 1, errors = Array.Empty<object>() });
    }
}
