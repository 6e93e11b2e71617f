using Azure.Core;
using Azure.Core.Pipeline;

using MotCua.Storage;

namespace MotCua.TestSupport;

/// <summary>Counts the requests a client sends (added to a client's pipeline through its options).</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);

    public StorageClientOptions Options()
    {
        var options = new StorageClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return options;
    }
}
