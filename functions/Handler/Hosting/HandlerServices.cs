using MotCua.Handler.Hosting.Timers;
using MotCua.Handler.Qr;
using MotCua.Handler.Scan;
using MotCua.Handler.Site;
using MotCua.Handler.Stats;
using MotCua.Handler.Survey;

namespace MotCua.Handler.Hosting;

/// <summary>The handler's services, registered once.</summary>
public static class HandlerServices
{
    public static IServiceCollection AddHandlerServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => FunctionManifest.Load(Path.Combine(AppContext.BaseDirectory, FunctionManifest.FolderName)));
        services.AddSingleton<TimerRegistry>();
        services.AddOptions<TimerOptions>().Bind(configuration.GetSection(TimerOptions.Section));
        services.AddHostedService<LocalTimerScheduler>();

        services.AddStorageClients(configuration);
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebContent>();
        services.AddSingleton<CodeDirectory>();
        services.AddHostedService<WebContentWarmup>();

        services.AddSingleton<QrHost>();
        services.AddSingleton<QrImageRenderer>();
        services.AddVisitorHasher(configuration);
        services.AddScanServices(configuration);
        services.AddStatsServices(configuration);
        services.AddSurveyServices(configuration);
        return services;
    }
}
