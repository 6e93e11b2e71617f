using System.Security.Cryptography;
using MotCua.Domain.Privacy;

namespace MotCua.Handler.Hosting;

/// <summary>One visitor hasher for scans and surveys, so a visitor is one visitor across both.</summary>
public static class VisitorHasherRegistration
{
    /// <summary>Configuration key of the visitor-hash secret.</summary>
    public const string VisitorSecretKey = "Privacy:VisitorSecret";

    public static IServiceCollection AddVisitorHasher(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(sp => Create(configuration, sp.GetRequiredService<ILoggerFactory>()));

    private static VisitorHasher Create(IConfiguration configuration, ILoggerFactory loggers)
    {
        var secret = configuration[VisitorSecretKey];
        if (string.IsNullOrWhiteSpace(secret))
        {
            // Visitors are then counted per process lifetime only; production sets the secret.
            loggers.CreateLogger(typeof(VisitorHasherRegistration)).LogWarning("{Key} is not set; a random secret is used until the process stops", VisitorSecretKey);
            secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        }

        return new VisitorHasher(secret);
    }
}
