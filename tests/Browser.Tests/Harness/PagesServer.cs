using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MotCua.Browser.Tests.Harness;

/// <summary>
/// A few fixed pages on a real Kestrel socket, for testing browser behaviour (the service
/// worker) apart from the published site. Each path maps to a body and a media type.
/// </summary>
public sealed class PagesServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PagesServer(WebApplication app, Uri address)
    {
        _app = app;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public static async Task<PagesServer> StartAsync(IReadOnlyDictionary<string, (string Body, string ContentType)> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            if (!pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = page.ContentType;
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(page.Body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PagesServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
