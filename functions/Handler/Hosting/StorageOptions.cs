using MotCua.Data;
namespace MotCua.Handler.Hosting;

/// <summary>
/// Which storage account the handler uses (configuration section <c>Storage</c>): a connection string
/// (Azurite locally, or an account key), or endpoints with the app's managed identity in production.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    /// <summary>e.g. <c>https://acct.blob.core.windows.net</c>; used with Entra ID when no connection string is set.</summary>
    public Uri? BlobEndpoint { get; set; }

    public Uri? TableEndpoint { get; set; }

    /// <summary>The static website container.</summary>
    public string WebContainer { get; set; } = "$web";

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public bool UsesIdentity => string.IsNullOrWhiteSpace(ConnectionString) && BlobEndpoint is not null && TableEndpoint is not null;

    /// <summary>The connection string in effect: the configured one, or Azurite's when nothing is configured.</summary>
    public string EffectiveConnectionString => string.IsNullOrWhiteSpace(ConnectionString) ? StorageClientDefaults.DevelopmentStorage : ConnectionString;

    public IEnumerable<string> Validate()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }

        if (BlobEndpoint is null != (TableEndpoint is null))
        {
            yield return "Storage:BlobEndpoint and Storage:TableEndpoint go together (managed identity), or set Storage:ConnectionString.";
        }

        foreach (var endpoint in new[] { BlobEndpoint, TableEndpoint })
        {
            if (endpoint is { IsAbsoluteUri: true } && endpoint.Scheme != Uri.UriSchemeHttps)
            {
                yield return $"Storage endpoint {endpoint} must use https: Entra ID tokens are never sent in clear text.";
            }
        }
    }
}
