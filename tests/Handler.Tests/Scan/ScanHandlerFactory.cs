using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Handler.Tests.Hosting;

namespace MotCua.Handler.Tests.Scan;

/// <summary>The Functions app in process against Azurite, with the connection's peer address set as a real server would see it.</summary>
public sealed class ScanHandlerFactory : HandlerFactory
{
    public ScanHandlerFactory(string connectionString, string container, IPAddress peer)
    {
        Peer = peer;
        With("Storage:ConnectionString", connectionString);
        With("Storage:WebContainer", container);
    }

    public IPAddress Peer { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new PeerAddressFilter(Peer)));
    }

    private sealed class PeerAddressFilter(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
