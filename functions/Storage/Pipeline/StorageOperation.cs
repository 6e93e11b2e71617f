using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Storage.Pipeline;

/// <summary>Sends one request and accepts only the statuses the operation expects; anything else throws.</summary>
internal static class StorageOperation
{
    public static async Task<Response> SendAsync(HttpPipeline pipeline, HttpMessage message, CancellationToken cancellationToken, params int[] expected)
    {
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (Array.IndexOf(expected, response.Status) < 0)
            throw StorageErrors.Create(message);
        return response;
    }
}
