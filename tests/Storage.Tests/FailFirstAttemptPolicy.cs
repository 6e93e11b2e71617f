using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Storage.Tests;

/// <summary>Fails the first attempt with a retriable network error before it reaches the service.</summary>
internal sealed class FailFirstAttemptPolicy : HttpPipelinePolicy
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Interlocked.Increment(ref _attempts) == 1)
        {
            // The request was signed for this attempt; stamp it stale so a retry must sign afresh.
            message.Request.Headers.SetValue("x-ms-date", DateTimeOffset.UtcNow.AddHours(-1).ToString("r", System.Globalization.CultureInfo.InvariantCulture));
            throw new IOException("Simulated network failure before the request left.");
        }

        await ProcessNextAsync(message, pipeline);
    }
}
