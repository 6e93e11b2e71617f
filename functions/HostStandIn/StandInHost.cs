using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using MotCua.HostStandIn.Http;
using MotCua.HostStandIn.Triggers;
using MotCua.HostStandIn.Website;
using MotCua.HostStandIn.Worker;

namespace MotCua.HostStandIn;

/// <summary>How the worker ended when the stand-in stopped it.</summary>
public sealed record WorkerStop(int? ExitCode, bool Killed, TimeSpan Took);

/// <summary>
/// One Functions app run as the Functions host runs it: the worker process itself, started with the host's command line
/// and environment and driven over the host's gRPC protocol; HTTP answered by forwarding to the worker; timers fired on
/// their schedules; at stop, the terminate message, the host's grace period, then a kill. Paths that Front Door sends
/// to the static website are served from <c>$web</c>.
/// </summary>
public sealed partial class StandInHost : IAsyncDisposable
{
    /// <summary>At a stop, how long running invocations may take to finish before the worker is told to stop.</summary>
    private static readonly TimeSpan InvocationDrain = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly StandInOptions _options;
    private readonly WorkerChannel _channel;
    private readonly WorkerLogs _logs;
    private readonly TimerTriggers _timers;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private WorkerProcess? _worker;
    private FunctionRoutes? _routes;
    private Task _timerLoop = Task.CompletedTask;
    private WorkerStop? _stopped;

    private StandInHost(WebApplication app, StandInOptions options)
    {
        _app = app;
        _options = options;
        _channel = app.Services.GetRequiredService<WorkerChannel>();
        _logs = app.Services.GetRequiredService<WorkerLogs>();
        _timers = app.Services.GetRequiredService<TimerTriggers>();
        Invocations = app.Services.GetRequiredService<InvocationLog>();
        _logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Host.StandIn");
    }

    /// <summary>Where requests are answered, e.g. <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The functions the worker loaded, as it reported them.</summary>
    public IReadOnlyList<HostedFunction> Functions { get; private set; } = [];

    /// <summary>The invocations run so far.</summary>
    public InvocationLog Invocations { get; }

    /// <summary>The worker's log messages written outside any invocation, which the host (and so Azure) never shows.</summary>
    public long DroppedLogs => _logs.Dropped;

    public int WorkerProcessId => _worker?.Id ?? 0;

    /// <summary>Completes once every timer waits for its next occurrence: a test may then move the host's clock.</summary>
    public Task TimersArmed => _timers.Armed;

    /// <summary>Completes with the exit code when the worker process ends, for whatever reason.</summary>
    public Task<int> WorkerExited => _worker?.Exited ?? Task.FromResult(0);

    /// <summary>Starts the listeners and the worker, and returns once the worker has loaded every function.</summary>
    public static async Task<StandInHost> StartAsync(StandInOptions options, Action<ILoggingBuilder>? logging = null, CancellationToken cancellationToken = default)
    {
        ListenOptions? rpc = null, site = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The worker's gRPC client speaks HTTP/2 without TLS (prior knowledge).
            kestrel.Listen(IPAddress.Loopback, 0, l => { l.Protocols = HttpProtocols.Http2; rpc = l; });
            kestrel.Listen(PublicEndPoint(options.PublicUrl), l => { l.Protocols = HttpProtocols.Http1; site = l; });
        });
        builder.Services.AddGrpc(o => { o.MaxReceiveMessageSize = null; o.MaxSendMessageSize = null; });
        builder.Services.AddHttpForwarder();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<WorkerLogs>();
        builder.Services.AddSingleton<WorkerChannel>();
        builder.Services.AddSingleton<InvocationLog>();
        builder.Services.AddSingleton<HttpInvoker>();
        builder.Services.AddSingleton<TimerTriggers>();
        builder.Services.AddSingleton(_ => ScheduleStatusStore.Create(options, options.HostId));
        builder.Services.AddSingleton(_ => StaticWebsite.Create(options));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.TerminateGrace + TimeSpan.FromSeconds(5));

        var app = builder.Build();
        var host = new StandInHost(app, options);
        app.MapGrpcService<FunctionRpcService>();
        app.MapFallback("/{**path}", host.AnswerAsync);
        await app.StartAsync(cancellationToken);
        try
        {
            host.BaseAddress = new Uri($"http://{Format(site!.IPEndPoint!)}/");
            await host.StartWorkerAsync(new Uri($"http://{Format(rpc!.IPEndPoint!)}/"), cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Runs a timer function now, as the host's admin API does; true when the worker reported success.</summary>
    public Task<bool> InvokeTimerAsync(string name, bool isPastDue = false, CancellationToken cancellationToken = default) =>
        _timers.InvokeAsync(Functions.Single(f => f.IsTimer && f.Name == name), isPastDue, cancellationToken);

    /// <summary>Stops as the host stops a worker: running invocations finish, the terminate message, the grace period, then a kill; then the listeners.</summary>
    public async Task<WorkerStop> StopAsync()
    {
        if (_stopped is not null)
        {
            return _stopped;
        }

        var watch = Stopwatch.StartNew();

        // Drain as the host does: no new invocation, the running ones finish, then the worker is told to stop.
        await _stopping.CancelAsync();
        await _timerLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _app.Services.GetRequiredService<HttpInvoker>().WaitForIdleAsync(InvocationDrain);
        int? exitCode = null;
        var killed = false;
        if (_worker is { } worker)
        {
            if (!worker.Exited.IsCompleted)
            {
                _channel.Terminate(_options.TerminateGrace);
                killed = await Task.WhenAny(worker.Exited, Task.Delay(_options.TerminateGrace)) != worker.Exited;
                if (killed)
                {
                    worker.Kill();
                    LogKilled(worker.Id, _options.TerminateGrace.TotalSeconds);
                }
            }

            try
            {
                exitCode = await worker.Exited.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                // Not even the kill ended it; reported as unknown.
            }
        }

        await _app.StopAsync();
        _stopped = new WorkerStop(killed ? null : exitCode, killed, watch.Elapsed);
        LogStopped(_stopped.ExitCode, killed, watch.Elapsed.TotalMilliseconds);
        return _stopped;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _worker?.Dispose();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task StartWorkerAsync(Uri rpcEndpoint, CancellationToken cancellationToken)
    {
        _worker = WorkerProcess.Start(_options, rpcEndpoint, Guid.NewGuid().ToString(), _logs.WriteConsole);
        LogStarted(_worker.Id, _options.AppDirectory);
        _ = _worker.Exited.ContinueWith(t => OnWorkerExited(t.Result), TaskScheduler.Default);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.StartTimeout);
        try
        {
            Functions = await _channel.Loaded.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The worker did not load its functions within {_options.StartTimeout.TotalSeconds:0} s.", ex);
        }

        _routes = new FunctionRoutes(Functions, FunctionRoutes.ReadRoutePrefix(_options.AppDirectory));
        LogReady(_worker.Id, Functions.Count, BaseAddress);
        if (_options.RunTimers)
        {
            _timerLoop = _timers.RunAsync(Functions, _stopping.Token);
        }
    }

    private void OnWorkerExited(int exitCode)
    {
        _channel.Closed($"the worker process exited with code {exitCode}");
        if (!_stopping.IsCancellationRequested)
        {
            LogWorkerExited(exitCode);
        }
    }

    /// <summary>A request from outside: the host's status, a function route (Front Door's app patterns) or the static website.</summary>
    private Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.Equals("/admin/host/status", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { state = _routes is null ? "Default" : "Running" }).ExecuteAsync(context);
        }

        if (!FrontDoorRoutes.GoesToFunctions(path))
        {
            return context.RequestServices.GetRequiredService<StaticWebsite>().ServeAsync(context);
        }

        if (_routes is null || _stopping.IsCancellationRequested)
        {
            // The host answers this way while no worker is ready.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }

        if (_routes.Match(context.Request.Method, path) is not { } match)
        {
            // The host's own 404 for a route no function has: no body.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return context.RequestServices.GetRequiredService<HttpInvoker>().InvokeAsync(context, match.Function, match.Values);
    }

    private static IPEndPoint PublicEndPoint(Uri url) =>
        new(url.Host is "localhost" or "127.0.0.1" ? IPAddress.Loopback : IPAddress.Parse(url.Host), url.Port);

    private static string Format(IPEndPoint endPoint) => endPoint.ToString();

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker process {Pid} started: {App}")]
    private partial void LogStarted(int pid, string app);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker process {Pid} ready: {Count} functions; listening on {Address}")]
    private partial void LogReady(int pid, int count, Uri address);

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker process exited on its own with code {ExitCode}; the app no longer answers")]
    private partial void LogWorkerExited(int exitCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker process {Pid} was still running {Grace} s after the terminate message: killed")]
    private partial void LogKilled(int pid, double grace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped: worker exit code {ExitCode}, killed {Killed}, in {Milliseconds:0} ms")]
    private partial void LogStopped(int? exitCode, bool killed, double milliseconds);
}
