using Microsoft.Extensions.Options;
using MotCua.Handler.Qr;
using MotCua.Handler.Scan;
using MotCua.Handler.Site;
using MotCua.Handler.Survey;
using MotCua.Stats;

namespace MotCua.Handler.Hosting;

/// <summary>
/// Everything the function classes need, registered once. The worker's Program and the local dev
/// runner both call this, so the two run the functions on the same services.
/// </summary>
public static class FunctionAppServices
{
    public static IServiceCollection AddFunctionAppServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddStorageClients(configuration);
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebContent>();
        services.AddSingleton<CodeDirectory>();
        services.AddHostedService<WebContentWarmup>();

        services.AddSingleton<QrHost>();
        services.AddSingleton<QrImageRenderer>();
        services.AddSingleton<VisitorKeys>();
        services.AddScanServices(configuration);
        services.AddStatistics(configuration, sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.WebContainer);
        services.AddSurveyServices(configuration);
        return services;
    }
}
