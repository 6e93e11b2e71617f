using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;
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
    /// <summary>At a stop, what is buffered gets this long to leave, after the scans' drain and report.</summary>
    private static readonly TimeSpan FlushBudget = TimeSpan.FromSeconds(1);

    /// <summary>The App Service setting Azure fills in for the app's Application Insights resource.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

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
        services.AddApplicationInsightsTelemetryProcessor<WithoutInvocationSpans>();
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

        /// <summary>What is buffered gets a second to leave; the stop does not wait longer, whatever the channel does.</summary>
        public async Task StopAsync(CancellationToken cancellationToken)
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(FlushBudget);
            await ((Task)telemetry.FlushAsync(budget.Token).WaitAsync(budget.Token)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Drops the worker's span for each invocation: the host records every request with its outcome and duration, so
    /// a scan would otherwise be billed twice, once as a request and once as an "Invoke" dependency.
    /// </summary>
    public sealed class WithoutInvocationSpans(ITelemetryProcessor next) : ITelemetryProcessor
    {
        public void Process(ITelemetry item)
        {
            if (item is DependencyTelemetry { Type: "InProc", Name: "Invoke" })
            {
                return;
            }

            next.Process(item);
        }
    }
}
