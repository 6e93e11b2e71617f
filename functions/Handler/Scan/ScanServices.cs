using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Options;
using MotCua.Data.Scans;
using MotCua.Handler.Hosting;

namespace MotCua.Handler.Scan;

/// <summary>Registers the scan endpoint's services; nothing here touches storage before the first scan.</summary>
public static class ScanServices
{
    public static IServiceCollection AddScanServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScanOptions>().Bind(configuration.GetSection(ScanOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        services.AddSingleton(sp => new ScanEntityFactory(sp.GetRequiredService<TimeProvider>()));
        services.AddAzureClients(clients => ScanTables.AddScanTableClients(clients, StorageRegistration.Tables));
        services.AddSingleton<ScanTables>();
        services.AddSingleton<ScanFailureCounter>();
        services.AddSingleton<ScanRecorder>();
        services.AddSingleton<ScanBatchWriter>();
        services.AddSingleton<ScanFailureReporter>();

        // Hosted services stop in reverse order: the writer drains the buffer first, then the reporter reports what was lost.
        services.AddHostedService(sp => sp.GetRequiredService<ScanFailureReporter>());
        services.AddHostedService(sp => sp.GetRequiredService<ScanBatchWriter>());
        services.AddSingleton<ScanServicesBundle>();
        return services;
    }
}
