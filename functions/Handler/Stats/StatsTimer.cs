using Microsoft.Azure.Functions.Worker;
using MotCua.Stats;

namespace MotCua.Handler.Stats;

/// <summary>
/// The <c>PublishStats</c> timer, every 15 minutes (NCRONTAB with seconds, UTC): counts new scans and
/// answers, then publishes every unit's statistics to <c>$web/stats/&lt;unit&gt;/</c>.
/// </summary>
public sealed partial class StatsTimer(StatsRunner runner, ILogger<StatsTimer> logger)
{
    public const string FunctionName = "PublishStats";

    /// <summary>Every 15 minutes on the quarter hour.</summary>
    public const string Schedule = "0 */15 * * * *";

    [Function(FunctionName)]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            LogPastDue();
        }

        var report = await runner.RunOnceAsync(cancellationToken);
        foreach (var line in report.Lines())
        {
            LogReport(line);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PublishStats is running late (past due)")]
    private partial void LogPastDue();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private partial void LogReport(string line);
}
