using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>
/// The Functions app in process, run by the local runner (functions/LocalHost) on its functions.metadata, with
/// the timer scheduler off so tests decide when timers run.
/// </summary>
public class HandlerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["Timers:RunLocally"] = "false",
    };

    public HandlerFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
