using Azure.Core;

namespace MotCua.Storage;

/// <summary>
/// Options for the Blob and Table clients: Azure.Core's retry, diagnostics and transport settings,
/// plus the storage REST version every request is pinned to.
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
    /// <summary>
    /// Known to both Azure and Azurite 3.37 (which refuses versions newer than its list without
    /// <c>--skipApiVersionCheck</c>).
    /// </summary>
    public const string DefaultServiceVersion = "2025-11-05";

    public StorageClientOptions()
    {
        // Logging every request body would flood the handler's logs with scan records.
        Diagnostics.IsLoggingContentEnabled = false;
        Diagnostics.ApplicationId = "motcua";
    }

    /// <summary>The <c>x-ms-version</c> sent on every request.</summary>
    public string ServiceVersion { get; set; } = DefaultServiceVersion;
}
