using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NCrontab;

namespace MotCua.LocalHost;

/// <summary>Timers of the local runner (configuration section <c>Timers</c>).</summary>
public sealed class LocalTimerOptions
{
    public const string Section = "Timers";

    /// <summary>Fire timer functions on their schedule; tests and benchmarks turn it off.</summary>
    public bool RunLocally { get; set; } = true;
}

/// <summary>
/// Fires each timer function of <c>functions.metadata</c> on its NCRONTAB schedule (six fields, UTC,
/// as the Functions host reads it), one run at a time per function, on the injected clock.
/// </summary>
public sealed partial class LocalTimerScheduler(
    FunctionsMetadata metadata,
    IServiceScopeFactory scopes,
    IOptions<LocalTimerOptions> options,
    TimeProvider time,
    ILogger<LocalTimerScheduler> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        !options.Value.RunLocally
            ? Task.CompletedTask
            : Task.WhenAll(metadata.Functions.Where(f => f.IsTimer).Select(f => RunLoopAsync(new FunctionInvoker(f), Parse(f), stoppingToken)));

    /// <summary>The schedule as the host reads it: five fields, or six with seconds first.</summary>
    public static CrontabSchedule Parse(FunctionDefinition function)
    {
        var schedule = function.Schedule ?? throw new InvalidOperationException($"{function.Name}: a timer without a schedule.");
        var withSeconds = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6;
        return CrontabSchedule.TryParse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = withSeconds })
            ?? throw new InvalidOperationException($"{function.Name}: '{schedule}' is not an NCRONTAB schedule the local runner reads.");
    }

    private async Task RunLoopAsync(FunctionInvoker invoker, CrontabSchedule cron, CancellationToken stoppingToken)
    {
        DateTimeOffset? last = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // From the last occurrence at least: a timer that wakes a hair early must not fire it twice.
            var now = time.GetUtcNow();
            var from = last is { } fired && fired > now ? fired : now;
            var next = new DateTimeOffset(cron.GetNextOccurrence(from.UtcDateTime), TimeSpan.Zero);
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
                var timer = new TimerInfo
                {
                    ScheduleStatus = new ScheduleStatus { Last = last?.UtcDateTime ?? default, Next = cron.GetNextOccurrence(next.UtcDateTime), LastUpdated = next.UtcDateTime },
                };
                await using var scope = scopes.CreateAsyncScope();
                await invoker.InvokeAsync(scope.ServiceProvider, p => p.ParameterType == typeof(TimerInfo) ? timer : stoppingToken);
                LogRan(invoker.Function.Name, next);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex, invoker.Function.Name);
            }

            last = next;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Name} ran for {Occurrence:O}")]
    private partial void LogRan(string name, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Name} failed")]
    private partial void LogFailed(Exception ex, string name);
}
