using System.Net;
using Microsoft.Extensions.Logging;
using MotCua.HostStandIn;

namespace MotCua.TestSupport.Functions;

/// <summary>How a test starts the Functions app.</summary>
public sealed record FunctionsAppOptions
{
    /// <summary>Where the worker's clock starts (it then runs at the machine's pace); <see cref="TestClock.Now"/> by default.</summary>
    public DateTimeOffset ClockStart { get; init; } = TestClock.Now;

    /// <summary>The host's clock, which fires timers.</summary>
    public TimeProvider HostTime { get; init; } = TimeProvider.System;

    /// <summary>Fire timers on their schedules (off: a test fires them with <see cref="StandInHost.InvokeTimerAsync"/>).</summary>
    public bool RunTimers { get; init; }

    /// <summary>The host id timer records are kept under; a new one for each app unless a test needs to know it.</summary>
    public string HostId { get; init; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Time from the terminate message to the kill; the host's 5 s unless a test shortens it.</summary>
    public TimeSpan TerminateGrace { get; init; } = StandInOptions.HostTerminateGrace;
}

/// <summary>
/// The Functions app as Azure runs it: <c>functions/Handler</c>'s build output, a process of its own, started and driven
/// by the host stand-in over the host's protocol, requests forwarded to it as the host forwards them, on a free
/// loopback port. Settings are app settings (environment variables of the worker), as in Azure.
/// </summary>
public sealed class FunctionsApp : IAsyncDisposable
{
    private FunctionsApp(StandInHost host, CapturedLog log)
    {
        Host = host;
        Log = log;
        Client = NewClient();
    }

    public StandInHost Host { get; }

    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>A client on the app that follows no redirect and decompresses nothing: it sees the answer as sent.</summary>
    public HttpClient Client { get; }

    /// <summary>What the host stand-in logged, as the Functions host would show it.</summary>
    public CapturedLog Log { get; }

    /// <summary>
    /// Starts the app on <paramref name="connectionString"/> with these settings (<c>Section:Key</c> = value); what the
    /// host logs goes to <paramref name="log"/> when given (so a failed start can be read), else to a new one.
    /// </summary>
    public static async Task<FunctionsApp> StartAsync(
        string connectionString, IEnumerable<KeyValuePair<string, string>>? settings = null, FunctionsAppOptions? options = null, CapturedLog? log = null)
    {
        options ??= new FunctionsAppOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Storage__ConnectionString"] = connectionString,
        };
        foreach (var (name, value) in FakeClock.Environment(options.ClockStart))
        {
            environment[name] = value;
        }

        foreach (var (key, value) in settings ?? [])
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        log ??= new CapturedLog();
        var host = await StandInHost.StartAsync(
            new StandInOptions
            {
                AppDirectory = RepositoryPaths.FunctionsApp,
                PublicUrl = new Uri("http://127.0.0.1:0/"),
                StorageConnectionString = connectionString,
                WorkerEnvironment = environment,
                RunTimers = options.RunTimers,
                HostId = options.HostId,
                TerminateGrace = options.TerminateGrace,
                Time = options.HostTime,
            },
            logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        return new FunctionsApp(host, log);
    }

    /// <summary>Another client on the app, e.g. one that decompresses.</summary>
    public HttpClient NewClient(DecompressionMethods decompression = DecompressionMethods.None) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = decompression })
        {
            BaseAddress = BaseAddress,
        };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
