using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.TestSupport;

/// <summary>
/// Counts the requests a storage client sends, reads (GET) apart from writes; added to a client's pipeline through
/// its options. Used by tests (how many round trips) and by bench/StatsBench (what a statistics run costs).
/// </summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private long _reads;
    private long _writes;

    public long Reads => Interlocked.Read(ref _reads);

    public long Writes => Interlocked.Read(ref _writes);

    public long Count => Reads + Writes;

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method == RequestMethod.Get)
        {
            Interlocked.Increment(ref _reads);
        }
        else
        {
            Interlocked.Increment(ref _writes);
        }
    }

    /// <summary>Starts counting again from zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
    }

    /// <summary>Adds this counter to <paramref name="options"/> and returns them.</summary>
    public T AddTo<T>(T options)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return options;
    }
}
