using Microsoft.Extensions.Options;
using MotCua.Domain.Privacy;

namespace MotCua.Handler.Hosting;

/// <summary>The visitor-hash secret (configuration section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>A secret shorter than this is too easy to guess, and a guessed secret makes the hashes reversible.</summary>
    public const int MinSecretLength = 16;

    public string? VisitorSecret { get; set; }
}

/// <summary>
/// One visitor hasher for scans and surveys, so a visitor is one visitor across both. The app does not start without
/// a usable secret: a made-up one would count the same phone as a new visitor on every instance and restart, and an
/// unresolved Key Vault reference would be a secret everybody can read in the app's settings.
/// </summary>
public static class VisitorHasherRegistration
{
    /// <summary>Configuration key of the visitor-hash secret.</summary>
    public const string VisitorSecretKey = "Privacy:VisitorSecret";

    public static IServiceCollection AddVisitorHasher(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, SecretValidator>();
        return services.AddSingleton(sp => new VisitorHasher(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.VisitorSecret!));
    }

    private sealed class SecretValidator : IValidateOptions<PrivacyOptions>
    {
        public ValidateOptionsResult Validate(string? name, PrivacyOptions options) => options.VisitorSecret?.Trim() switch
        {
            null or "" => ValidateOptionsResult.Fail(
                $"{VisitorSecretKey} is not set: give the app a random secret of at least {PrivacyOptions.MinSecretLength} characters (./run.sh keeps one in .local/; Azure reads it from Key Vault)."),
            var s when s.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) => ValidateOptionsResult.Fail(
                $"{VisitorSecretKey} is a Key Vault reference that was not resolved: give the app's identity the Key Vault Secrets User role on the vault and check the secret's URI."),
            var s when s.Length < PrivacyOptions.MinSecretLength => ValidateOptionsResult.Fail(
                $"{VisitorSecretKey} is {s.Length} characters long; it needs at least {PrivacyOptions.MinSecretLength}."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
