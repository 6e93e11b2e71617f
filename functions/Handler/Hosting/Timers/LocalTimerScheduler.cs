using NCrontab;

namespace MotCua.Handler.Hosting.Timers;

/// <summary>Scheduling of timer functions when no Functions host runs them.</summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>Fire timers from inside the handler. Default: on when no Functions host is present.</summary>
    public bool RunLocally { get; set; } = !HandlerHosting.IsUnderFunctionsHost;
}

/// <summary>
/// Fires each mapped timer on its function.json NCRONTAB schedule (six fields, UTC, like the host),
/// so <c>./run.sh</c> behaves like production without the Functions host.
/// </summary>
public sealed partial class LocalTimerScheduler(
    TimerRegistry registry,
    FunctionManifest manifest,
    IServiceProvider services,
    Microsoft.Extensions.Options.IOptions<TimerOptions> options,
    ILogger<LocalTimerScheduler> logger,
    TimeProvider time) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunLocally)
        {
            return Task.CompletedTask;
        }

        var loops = new List<Task>();
        foreach (var name in registry.Names)
        {
            var schedule = manifest.Find(name)?.Schedule;
            if (schedule is null)
            {
                LogNoSchedule(name);
                continue;
            }

            var cron = CrontabSchedule.Parse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
            loops.Add(RunLoopAsync(name, cron, stoppingToken));
        }

        return Task.WhenAll(loops);
    }

    private async Task RunLoopAsync(string name, CrontabSchedule cron, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = new DateTimeOffset(cron.GetNextOccurrence(now.UtcDateTime), TimeSpan.Zero);
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
                var logs = await registry.RunAsync(new TimerInvocation(name, time.GetUtcNow(), false, TimerSource.LocalScheduler), services, stoppingToken);
                LogRan(name, string.Join(" | ", logs));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex, name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {Name} has no schedule in its function.json; it runs only when called")]
    private partial void LogNoSchedule(string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Name} ran: {Logs}")]
    private partial void LogRan(string name, string logs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Name} failed")]
    private partial void LogFailed(Exception ex, string name);
}
