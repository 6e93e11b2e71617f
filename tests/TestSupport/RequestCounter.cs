using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.TestSupport;

/// <summary>Counts the requests a client sends (added to a client's pipeline through its options).</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);

    /// <summary>Adds this counter to <paramref name="options"/> and returns them.</summary>
    public T AddTo<T>(T options)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return options;
    }
}
