using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Preview;

/// <summary>
/// `serve`'s web server on 127.0.0.1 only (a preview is the editor's, never the office network's): the built pages
/// with the reload script, Server-Sent Events that announce each rebuild, the phone frame and the error page.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Cancelled when the host stops the server (Ctrl+C or SIGTERM, which ASP.NET Core's console lifetime handles).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static async Task<PreviewServer> StartAsync(PreviewSite site, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet(PreviewPages.EventsPath, (HttpContext context) => StreamVersionsAsync(site, context));
        app.MapGet(PreviewPages.PhonePrefix + "/{**path}", (string? path) => Results.Content(PreviewPages.Phone("/" + path), "text/html; charset=utf-8"));
        app.MapFallback("{**path}", context => ServePageAsync(site, context));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The current build number at once, then each new one: a page built before it reloads.</summary>
    private static async Task StreamVersionsAsync(PreviewSite site, HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var aborted = context.RequestAborted;
        var version = site.State.Version;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"retry: 300\ndata: {version}\n\n"), aborted);
                await context.Response.Body.FlushAsync(aborted);
                version = (await site.NextAsync(version, aborted)).Version;
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
    }

    private static async Task ServePageAsync(PreviewSite site, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        var state = site.State;
        var file = Resolve(site.OutDir, context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        var isHtml = file is null ? !Path.HasExtension(path) || path.EndsWith(".html", StringComparison.Ordinal) : file.EndsWith(".html", StringComparison.Ordinal);
        if (!state.Succeeded && isHtml)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await Results.Content(PreviewPages.Errors(state, path), "text/html; charset=utf-8").ExecuteAsync(context);
            return;
        }

        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(site.OutDir, StaticWebsitePaths.NotFoundDocument);
            if (!File.Exists(file))
            {
                return;
            }
        }

        if (isHtml)
        {
            var html = await File.ReadAllTextAsync(file, context.RequestAborted);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(PreviewPages.Inject(html, state.Version, path), context.RequestAborted);
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>The built file for a request target as the static website answers it: the first of its blobs that is a file.</summary>
    private static string? Resolve(string outDir, string target) =>
        StaticWebsitePaths.Candidates(target).Select(blob => Path.Combine(outDir, blob)).FirstOrDefault(File.Exists);
}
