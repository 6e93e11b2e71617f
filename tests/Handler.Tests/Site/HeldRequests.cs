using Azure.Core;
using Azure.Core.Pipeline;

namespace MotCua.Handler.Tests.Site;

/// <summary>
/// A storage client policy that, once told to hold, keeps each request from leaving until released: a test can then
/// see an answer given while a storage request is provably still in flight.
/// </summary>
internal sealed class HeldRequests : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _gate;
    private int _finished;

    /// <summary>Completes when a request has reached the closed gate.</summary>
    public Task Waiting => _waiting.Task;

    /// <summary>Requests that were held, then released, and got an answer or an error.</summary>
    public int Finished => Volatile.Read(ref _finished);

    public void Hold() => Volatile.Write(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release() => Volatile.Read(ref _gate)?.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Volatile.Read(ref _gate) is { } gate)
        {
            _waiting.TrySetResult();
            await gate.Task;
            try
            {
                await ProcessNextAsync(message, pipeline);
            }
            finally
            {
                Interlocked.Increment(ref _finished);
            }

            return;
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("the app reads storage asynchronously");
}
