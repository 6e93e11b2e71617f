using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests.Harness;

/// <summary>
/// The Functions app, run by the local runner, on a real Kestrel socket (a free loopback port), so
/// Chromium talks to it over HTTP exactly as a phone would, redirects, compression and all.
/// </summary>
public sealed class HandlerServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public HandlerServer(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Starts Kestrel and answers the address it listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // "urls" keeps the runner from claiming its fixed local port; Kestrel's own Listen wins.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(TestClock.Running()));
    }
}
