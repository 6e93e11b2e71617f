using MotCua.Handler.Hosting.Timers;
using MotCua.Stats;

namespace MotCua.Handler.Stats;

/// <summary>
/// The <c>PublishStats</c> timer (every 15 minutes, see its function.json): counts new scans and
/// answers, then publishes every unit's statistics to <c>$web/stats/&lt;unit&gt;/</c>.
/// </summary>
public static class StatsTimer
{
    public const string FunctionName = "PublishStats";

    public static WebApplication MapStatsTimer(this WebApplication app)
    {
        app.MapTimer(FunctionName, RunAsync);
        return app;
    }

    private static async Task<IReadOnlyList<string>> RunAsync(TimerInvocation invocation, IServiceProvider services, CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<StatsRunner>().RunOnceAsync(cancellationToken);
        return report.Lines();
    }
}
