using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Options;
using MotCua.Data;

namespace MotCua.Handler.Hosting;

/// <summary>
/// The app's storage clients, registered once with <c>AddAzureClients</c> (SDK clients are thread-safe
/// singletons): Azurite or an account by connection string locally, the service URIs with the app's
/// managed identity in Azure. Nothing touches storage until the first request.
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddStorageClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        // One credential for every client, so the app asks for one token, not one per client.
        TokenCredential? credential = null;
        services.AddAzureClients(clients =>
        {
            clients.UseCredential(sp => LazyInitializer.EnsureInitialized(ref credential, () => Credential(sp.GetRequiredService<IOptions<StorageOptions>>().Value)));
            clients.ConfigureDefaults(o => o.Diagnostics.ApplicationId = StorageClientDefaults.ApplicationId);
            clients.AddClient<BlobServiceClient, BlobClientOptions>(Blobs).WithVersion(StorageClientDefaults.BlobVersion);
            clients.AddClient<TableServiceClient, TableClientOptions>(Tables);
        });
        return services;
    }

    private static BlobServiceClient Blobs(BlobClientOptions options, TokenCredential credential, IServiceProvider services)
    {
        var o = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return o.UsesIdentity
            ? new BlobServiceClient(o.BlobEndpoint!, credential, options)
            : new BlobServiceClient(o.EffectiveConnectionString, options);
    }

    /// <summary>A table service client as the app builds it (features that need their own retries register theirs with it).</summary>
    public static TableServiceClient Tables(TableClientOptions options, TokenCredential credential, IServiceProvider services)
    {
        var o = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return o.UsesIdentity
            ? new TableServiceClient(o.TableEndpoint!, credential, options)
            : new TableServiceClient(o.EffectiveConnectionString, options);
    }

    /// <summary>
    /// DefaultAzureCredential narrowed to what runs in Azure (environment, workload and managed identity). The
    /// developer-tool credentials would, on an instance without them, spawn az/azd/pwsh processes or probe IDEs
    /// on every cold start, seconds a citizen waits for, and then bury the managed identity's real error under
    /// theirs. Used only when no connection string is set.
    /// </summary>
    private static TokenCredential Credential(StorageOptions o) => new DefaultAzureCredential(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId) ? null : o.ManagedIdentityClientId,
        ExcludeAzureCliCredential = true,
        ExcludeAzureDeveloperCliCredential = true,
        ExcludeAzurePowerShellCredential = true,
        ExcludeVisualStudioCredential = true,
        ExcludeVisualStudioCodeCredential = true,
        ExcludeInteractiveBrowserCredential = true,
    });

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
