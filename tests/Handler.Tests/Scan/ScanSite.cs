using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MotCua.Data.Scans;
using MotCua.Domain.Scans;
using MotCua.Handler.Hosting;
using MotCua.Handler.Scan;
using MotCua.Handler.Site;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Scan;

/// <summary>
/// The scan function and its services in this process, on the app's own registrations and a seeded test site: for
/// tests that look inside the buffer and the writer. The function is called as the worker calls it, with a request
/// of its own; what goes over HTTP through the host is ScanEndpointsTests' part.
/// </summary>
internal sealed class ScanSite : IAsyncDisposable
{
    public const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private static readonly IPAddress Citizen = IPAddress.Parse("203.0.113.7");

    private readonly IHost _host;

    private ScanSite(IHost host, string code)
    {
        _host = host;
        Code = code;
    }

    public string Code { get; }

    /// <summary>Seeds pages and codes into <paramref name="azurite"/>'s blobs and starts the services on <paramref name="connectionString"/>.</summary>
    public static Task<ScanSite> StartAsync(AzuriteFixture azurite, string connectionString, params (string Key, string Value)[] settings) =>
        StartAsync(azurite.ConnectionString, connectionString, null, settings);

    public static Task<ScanSite> StartAsync(AzuriteFixture azurite, string connectionString, TimeProvider clock, params (string Key, string Value)[] settings) =>
        StartAsync(azurite.ConnectionString, connectionString, clock, settings);

    public static async Task<ScanSite> StartAsync(string seedConnectionString, string connectionString, TimeProvider? clock, params (string Key, string Value)[] settings)
    {
        var prefix = ScanTestSite.NewPrefix();
        var container = UniqueNames.Container("web-rec");
        await ScanTestSite.SeedAsync(seedConnectionString, container, prefix);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:WebContainer"] = container,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddFunctionAppServices(builder.Configuration);
        builder.Services.AddSingleton(clock ?? TestClock.Running());
        var host = builder.Build();
        await host.StartAsync();
        return new ScanSite(host, ScanTestSite.Codes(prefix).Procedure);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>One scan through the function class, answered into memory; the status of the answer.</summary>
    public async Task<HttpStatusCode> ScanAsync(string userAgent = Phone)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = $"/s/{Code}";
        context.Request.Headers.UserAgent = userAgent;
        context.Connection.RemoteIpAddress = Citizen;
        context.Response.Body = new MemoryStream();
        var function = ActivatorUtilities.CreateInstance<ScanFunctions>(scope.ServiceProvider);
        var answer = await function.ScanAsync(context.Request, Code);
        await answer.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return (HttpStatusCode)context.Response.StatusCode;
    }

    /// <summary>A scan row as the endpoint makes it, for tests that fill the buffer faster than HTTP can.</summary>
    public async Task<ScanEntity> NewScanAsync()
    {
        var entry = await Get<CodeDirectory>().FindAsync(Code, CancellationToken.None) ?? throw new InvalidOperationException($"{Code} is not in the seeded registry");
        return Get<ScanEntityFactory>().Create(entry, ScanEvent.Scan, new ScanRequest(Citizen, Phone, null));
    }

    /// <summary>Stops the services as the worker stops them: the writer drains, the reporter reports.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
