using System.Text.Json;
using MotCua.HostStandIn.Http;
using MotCua.HostStandIn.Rpc;
using MotCua.HostStandIn.Worker;
using NCrontab;

namespace MotCua.HostStandIn.Triggers;

/// <summary>
/// The timer trigger as the host runs it: each timer function fires on its NCRONTAB schedule (six fields with seconds,
/// or five, in UTC) on the host's clock, one run at a time; its status is kept in storage, and an occurrence missed
/// while no host ran is made up once at start with <c>IsPastDue</c>.
/// </summary>
internal sealed partial class TimerTriggers(
    WorkerChannel channel, ScheduleStatusStore statuses, InvocationLog invocations, StandInOptions options, ILogger<TimerTriggers> logger)
{
    /// <summary>The schedule as the host reads it: five fields, or six with seconds first.</summary>
    public static CrontabSchedule Parse(HostedFunction function)
    {
        var schedule = function.Schedule ?? throw new InvalidOperationException($"{function.Name}: a timer without a schedule.");
        var withSeconds = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6;
        return CrontabSchedule.TryParse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = withSeconds })
            ?? throw new InvalidOperationException($"{function.Name}: '{schedule}' is not an NCRONTAB schedule.");
    }

    private readonly TaskCompletionSource _armed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _unarmed;

    /// <summary>Completes once every timer waits for its next occurrence (after any past-due run at start).</summary>
    public Task Armed => _armed.Task;

    /// <summary>Runs every timer function on its schedule until the token ends.</summary>
    public Task RunAsync(IEnumerable<HostedFunction> functions, CancellationToken stoppingToken)
    {
        var timers = functions.Where(f => f.IsTimer).ToList();
        _unarmed = timers.Count;
        if (timers.Count == 0)
        {
            _armed.TrySetResult();
        }

        return Task.WhenAll(timers.Select(f => RunLoopAsync(f, Parse(f), stoppingToken)));
    }

    /// <summary>One invocation now, as the host's admin API would start it; true when the worker reported success.</summary>
    public async Task<bool> InvokeAsync(HostedFunction function, bool isPastDue, CancellationToken cancellationToken)
    {
        var cron = Parse(function);
        var now = options.Time.GetUtcNow().UtcDateTime;
        var status = await statuses.ReadAsync(function.Name, cancellationToken);
        var timer = new
        {
            Schedule = new { AdjustForDST = true },
            ScheduleStatus = new { Last = status?.Last ?? default, Next = cron.GetNextOccurrence(now), LastUpdated = now },
            IsPastDue = isPastDue,
        };
        var id = Guid.NewGuid().ToString();
        var request = new InvocationRequest { InvocationId = id, FunctionId = function.Id, TraceContext = new RpcTraceContext() };
        request.InputData.Add(new ParameterBinding { Name = function.BindingName, Data = new TypedData { Json = JsonSerializer.Serialize(timer) } });
        var record = invocations.Start(function.Name, id);
        var response = await channel.InvokeAsync(function, request).WaitAsync(cancellationToken);
        var succeeded = response.Result?.Status == StatusResult.Types.Status.Success;
        record.Complete(succeeded, 0);
        LogExecuted(function.Name, succeeded ? "Succeeded" : "Failed", id, isPastDue);
        if (!succeeded)
        {
            LogFailed(function.Name, response.Result?.Exception?.Message ?? "");
        }

        await statuses.WriteAsync(function.Name, new ScheduleStatus(now, cron.GetNextOccurrence(now), now), cancellationToken);
        return succeeded;
    }

    private async Task RunLoopAsync(HostedFunction function, CrontabSchedule cron, CancellationToken stoppingToken)
    {
        try
        {
            var status = await statuses.ReadAsync(function.Name, stoppingToken);
            if (status is not null && status.Next < options.Time.GetUtcNow().UtcDateTime)
            {
                // The host was down when it was due: one run now, whatever the number of occurrences missed.
                await InvokeAsync(function, isPastDue: true, stoppingToken);
            }

            var armed = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = options.Time.GetUtcNow();
                var next = new DateTimeOffset(cron.GetNextOccurrence(now.UtcDateTime), TimeSpan.Zero);
                var wait = Task.Delay(next - now, options.Time, stoppingToken);
                if (!armed)
                {
                    armed = true;
                    if (Interlocked.Decrement(ref _unarmed) == 0)
                    {
                        _armed.TrySetResult();
                    }
                }

                await wait;
                try
                {
                    await InvokeAsync(function, isPastDue: false, stoppingToken);
                }
                catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
                {
                    // The status could not be kept (storage down): the schedule goes on, as the host's does.
                    LogStatusFailed(ex, function.Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (InvalidOperationException ex)
        {
            // The worker is gone: nothing more can run.
            LogStopped(ex, function.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Executed 'Functions.{Name}' ({Outcome}, Id={Id}, IsPastDue={IsPastDue})")]
    private partial void LogExecuted(string name, string outcome, string id, bool isPastDue);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Name} failed: {Reason}")]
    private partial void LogFailed(string name, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {Name}: its status could not be kept")]
    private partial void LogStatusFailed(Exception ex, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Name} stopped")]
    private partial void LogStopped(Exception ex, string name);
}
