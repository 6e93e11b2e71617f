using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MotCua.Domain.Privacy;
using MotCua.Domain.Scans;

namespace MotCua.Handler.Scan;

/// <summary>Registers the scan endpoint's services; nothing here touches storage before the first scan.</summary>
public static class ScanServices
{
    /// <summary>Configuration key of the visitor-hash secret.</summary>
    public const string VisitorSecretKey = "Privacy:VisitorSecret";

    public static IServiceCollection AddScanServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScanOptions>().Bind(configuration.GetSection(ScanOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardingOptions>().Bind(configuration.GetSection(ForwardingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ForwardingOptions>, ForwardingOptionsValidator>();
        services.TryAddSingleton(sp => CreateVisitorHasher(configuration, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<ClientAddressResolver>();
        services.AddSingleton(sp => new ScanRecordFactory(sp.GetRequiredService<VisitorHasher>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ScanTables>();
        services.AddSingleton<ScanFailureCounter>();
        services.AddSingleton<ScanRecorder>();
        services.AddSingleton<ScanFailureReporter>();
        services.AddHostedService(sp => sp.GetRequiredService<ScanFailureReporter>());
        services.AddSingleton<ScanServicesBundle>();
        return services;
    }

    private static VisitorHasher CreateVisitorHasher(IConfiguration configuration, ILoggerFactory loggers)
    {
        var secret = configuration[VisitorSecretKey];
        if (string.IsNullOrWhiteSpace(secret))
        {
            // Visitors are then counted per process lifetime only; production sets the secret.
            loggers.CreateLogger(typeof(ScanServices)).LogWarning("{Key} is not set; a random secret is used until the process stops", VisitorSecretKey);
            secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        }

        return new VisitorHasher(secret);
    }
}
