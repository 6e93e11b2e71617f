using Microsoft.ApplicationInsights;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.ApplicationInsights;

namespace MotCua.Handler.Hosting;

/// <summary>
/// Logs to Application Insights straight from the worker. The Functions host shows only what is logged during an
/// invocation; the scan writer, the lost-scan report, the warm-up and start-up failures log outside any invocation,
/// so without this an operator in Azure would never see them. Only logs are sent (no dependency, counter or live
/// metrics modules): the app's own messages are few, and a dependency item per storage call would cost more than it
/// tells. Nothing is registered without a connection string (locally, and in tests that do not look for it).
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>The App Service setting Azure fills in for the app's Application Insights resource.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>At a stop, what is buffered gets this long to leave, inside the host's 5 s of grace.</summary>
    private static readonly TimeSpan FlushBudget = TimeSpan.FromMilliseconds(500);

    public static IServiceCollection AddFunctionAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        services.AddApplicationInsightsTelemetryWorkerService(o =>
        {
            o.ConnectionString = configuration[ConnectionStringSetting];
            o.EnableAdaptiveSampling = false;
            o.EnableDependencyTrackingTelemetryModule = false;
            o.EnablePerformanceCounterCollectionModule = false;
            o.EnableEventCounterCollectionModule = false;
            o.EnableQuickPulseMetricStream = false;
            o.EnableHeartbeat = false;
        });
        services.ConfigureFunctionsApplicationInsights();
        services.Configure<LoggerFilterOptions>(o =>
        {
            // The SDK's own rule sends Warning and above only; the app's information lines (a drained buffer, a
            // statistics run) matter to an operator too. The framework's chatter does not.
            if (o.Rules.FirstOrDefault(r => r.ProviderName == typeof(ApplicationInsightsLoggerProvider).FullName) is { } sdkRule)
            {
                o.Rules.Remove(sdkRule);
            }

            o.AddFilter<ApplicationInsightsLoggerProvider>("Microsoft", LogLevel.Warning);
        });

        // Registered before the app's own services, so that it stops after them and sends what their stop logged.
        return services.AddHostedService(sp => new FlushAtStop(sp.GetRequiredService<TelemetryClient>()));
    }

    private sealed class FlushAtStop(TelemetryClient telemetry) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(FlushBudget);
            await telemetry.FlushAsync(budget.Token);
        }
    }
}
