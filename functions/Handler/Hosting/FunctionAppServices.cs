using Microsoft.Extensions.Options;
using MotCua.Handler.Qr;
using MotCua.Handler.Scan;
using MotCua.Handler.Site;
using MotCua.Handler.Slips;
using MotCua.Handler.Survey;
using MotCua.Stats;

namespace MotCua.Handler.Hosting;

/// <summary>Everything the function classes need, registered once, by the worker's Program.</summary>
public static class FunctionAppServices
{
    /// <summary>How long the app's stop may take, inside the host's grace of 5 s.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(4);

    public static IServiceCollection AddFunctionAppServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);

        // The host kills the worker 5 s after asking it to stop: the stop (drain, loss report, telemetry) ends before.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        services.AddStorageClients(configuration);
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebContent>();
        services.AddSingleton<CodeDirectory>();
        services.AddHostedService<WebContentWarmup>();

        services.AddOptions<ForwardingOptions>().Bind(configuration.GetSection(ForwardingOptions.Section));
        services.AddSingleton<ClientAddressResolver>();

        services.AddSingleton<QrHost>();
        services.AddSingleton<QrImageRenderer>();
        services.AddSingleton<VisitorKeys>();
        services.AddScanServices(configuration);
        services.AddStatistics(configuration, sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.WebContainer);
        services.AddSurveyServices(configuration);
        services.AddSlipServices(configuration);
        return services;
    }
}
