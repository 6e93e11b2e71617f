using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>
/// The Functions app in process, run by the local runner (functions/LocalHost) on its functions.metadata, with
/// the timer scheduler off so tests decide when timers run, and the clock at <see cref="TestClock.Now"/> unless
/// the test sets <see cref="Clock"/>.
/// </summary>
public class HandlerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["Timers:RunLocally"] = "false",
    };

    /// <summary>The app's clock when a test fixes it (e.g. a day before a merger); otherwise <see cref="TestClock.Running"/>.</summary>
    public TimeProvider? Clock { get; init; }

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

        // The test's date at the machine's pace: what the app stores is the same on any day the test runs.
        builder.ConfigureTestServices(services => services.AddSingleton(Clock ?? TestClock.Running()));
    }
}
