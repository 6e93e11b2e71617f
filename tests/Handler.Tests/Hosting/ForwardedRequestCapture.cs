using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>What the handler saw of one request, recorded in front of its whole pipeline.</summary>
internal sealed record SeenRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body, string? RoutePattern);

/// <summary>The handler with a recorder in front of its pipeline, to compare what arrives with what the host sent.</summary>
public sealed class ForwardedRequestCapture : HandlerFactory
{
    private readonly List<SeenRequest> _seen = [];

    /// <summary>Configured as in Azure (see infra/modules/appsettings.bicep): the static site is not the handler's.</summary>
    public ForwardedRequestCapture() => With("Site:ServeStatic", "false");

    internal IReadOnlyList<SeenRequest> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new Recorder(_seen)));
    }

    private sealed class Recorder(List<SeenRequest> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                context.Request.EnableBuffering();
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer);
                context.Request.Body.Position = 0;
                await following(context);
                var request = context.Request;
                var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                lock (seen)
                {
                    seen.Add(new SeenRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", headers, buffer.ToArray(), route));
                }
            });
            next(app);
        };
    }
}
