using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MotCua.Domain.Privacy;

namespace MotCua.Handler.Survey;

/// <summary>The survey endpoint's services; storage clients and <c>WebContent</c> are shared.</summary>
public static class SurveyServices
{
    /// <summary>Configuration key of the visitor-hash secret (shared with scans).</summary>
    public const string VisitorSecretKey = "Privacy:VisitorSecret";

    public static IServiceCollection AddSurveyServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyOptions>().Bind(configuration.GetSection(SurveyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => CreateVisitorHasher(configuration, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<SurveyCatalogSource>();
        return services;
    }

    // The same hasher as for scans (whichever registration comes first), so a visitor is one visitor.
    private static VisitorHasher CreateVisitorHasher(IConfiguration configuration, ILoggerFactory loggers)
    {
        var secret = configuration[VisitorSecretKey];
        if (string.IsNullOrWhiteSpace(secret))
        {
            loggers.CreateLogger(typeof(SurveyServices)).LogWarning("{Key} is not set; a random secret is used until the process stops", VisitorSecretKey);
            secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        }

        return new VisitorHasher(secret);
    }
}
