using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Storage.Pipeline;

/// <summary>Builds the Azure.Core pipeline (retry, request ids, logging) with the storage headers and authentication.</summary>
internal static class StoragePipeline
{
    /// <summary>The OAuth scope for every storage service.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    public static HttpPipeline ForBlobs(StorageClientOptions? options, StorageSharedKeyCredential credential) =>
        Build(options, new BlobSharedKeyPolicy(credential));

    public static HttpPipeline ForTables(StorageClientOptions? options, StorageSharedKeyCredential credential) =>
        Build(options, new TableSharedKeyPolicy(credential));

    public static HttpPipeline ForToken(StorageClientOptions? options, TokenCredential credential) =>
        Build(options, new BearerTokenAuthenticationPolicy(credential, StorageScope));

    private static HttpPipeline Build(StorageClientOptions? options, HttpPipelinePolicy authentication)
    {
        options ??= new StorageClientOptions();

        // Per retry and in this order: fresh date and version first, then the signature over them and
        // over the x-ms-client-request-id the pipeline's per-call policy has already added.
        return HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [],
            perRetryPolicies: [new StorageHeadersPolicy(options.ServiceVersion), authentication],
            responseClassifier: new ResponseClassifier());
    }
}
