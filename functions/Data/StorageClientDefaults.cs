using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace MotCua.Data;

/// <summary>Client options every storage client of the project starts from, in Azure and against Azurite alike.</summary>
public static class StorageClientDefaults
{
    /// <summary>
    /// The Blob REST version sent. Pinned because the SDK's newest version is unknown to Azurite 3.37, which
    /// refuses it unless started with <c>--skipApiVersionCheck</c>; tests keep Azurite strict so they speak
    /// exactly what production speaks.
    /// </summary>
    public const BlobClientOptions.ServiceVersion BlobVersion = BlobClientOptions.ServiceVersion.V2025_11_05;

    /// <summary>The local emulator's well-known account (Azurite's ports 10000–10002): the default of every tool here.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>Shows in storage logs, so an office's requests can be told from other tools'.</summary>
    public const string ApplicationId = "motcua";

    public static BlobClientOptions BlobOptions()
    {
        var options = new BlobClientOptions(BlobVersion);
        options.Diagnostics.ApplicationId = ApplicationId;
        return options;
    }

    public static TableClientOptions TableOptions()
    {
        var options = new TableClientOptions();
        options.Diagnostics.ApplicationId = ApplicationId;
        return options;
    }
}
