using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using MotCua.Storage.Blobs;
using MotCua.Storage.Tables;

namespace MotCua.Handler.Site;

/// <summary>One Blob and one Table client for the whole app (they are thread-safe), created on first use.</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddStorageClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.UsesIdentity
                ? new BlobServiceClient(o.BlobEndpoint!, Credential(o))
                : new BlobServiceClient(o.EffectiveConnectionString);
        });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.UsesIdentity
                ? new TableServiceClient(o.TableEndpoint!, Credential(o))
                : new TableServiceClient(o.EffectiveConnectionString);
        });
        return services;
    }

    // Managed identity only: DefaultAzureCredential would probe developer tools on every cold start.
    private static TokenCredential Credential(StorageOptions o) =>
        string.IsNullOrWhiteSpace(o.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));

    /// <summary>Names every wrong setting at start-up instead of failing on the first scan.</summary>
    private sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options)
        {
            var errors = options.Validate().ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
