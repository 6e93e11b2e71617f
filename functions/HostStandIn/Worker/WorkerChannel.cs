using System.Collections.Concurrent;
using System.Threading.Channels;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MotCua.HostStandIn.Rpc;

namespace MotCua.HostStandIn.Worker;

/// <summary>
/// The host's side of the worker's event stream, in the host's order: the worker starts the stream; the host sends
/// init, asks for the function metadata, loads each function, then sends invocations and finally the terminate
/// message. One worker, one stream.
/// </summary>
internal sealed class WorkerChannel(StandInOptions options, WorkerLogs logs)
{
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, Invocation> _running = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<IReadOnlyList<HostedFunction>> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<HostedFunction> _functions = [];
    private int _awaitingLoad;

    /// <summary>Every function, once the worker has loaded them all; faults with the worker's reason when it could not.</summary>
    public Task<IReadOnlyList<HostedFunction>> Loaded => _loaded.Task;

    /// <summary>Where the worker's ASP.NET Core side listens for the HTTP requests the host forwards (its HttpUri capability).</summary>
    public Uri? HttpUri { get; private set; }

    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> inbound, IServerStreamWriter<StreamingMessage> outbound, CancellationToken cancellationToken)
    {
        var pump = PumpAsync(outbound, cancellationToken);
        try
        {
            await foreach (var message in inbound.ReadAllAsync(cancellationToken))
            {
                Receive(message);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or Grpc.Core.RpcException)
        {
            // The worker went away or the stand-in stops: handled below like the end of the stream.
        }
        finally
        {
            Closed("the worker closed its connection to the host");
            _outbound.Writer.TryComplete();
            await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Sends an invocation; the task completes with the worker's response, or faults if the worker goes away first.</summary>
    public Task<InvocationResponse> InvokeAsync(HostedFunction function, InvocationRequest request)
    {
        var invocation = new Invocation(function);
        _running[request.InvocationId] = invocation;
        if (!_outbound.Writer.TryWrite(new StreamingMessage { InvocationRequest = request }))
        {
            _running.TryRemove(request.InvocationId, out _);
            invocation.Response.TrySetException(new InvalidOperationException("The worker is not connected."));
        }

        return invocation.Response.Task;
    }

    /// <summary>The terminate message: the worker stops itself within the grace period, or is killed after it.</summary>
    public bool Terminate(TimeSpan grace) =>
        _outbound.Writer.TryWrite(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(grace) } });

    /// <summary>Fails the start and every running invocation: the worker is gone.</summary>
    public void Closed(string reason)
    {
        _loaded.TrySetException(new InvalidOperationException($"The worker did not load its functions: {reason}."));
        foreach (var id in _running.Keys)
        {
            if (_running.TryRemove(id, out var invocation))
            {
                invocation.Response.TrySetException(new InvalidOperationException($"Invocation of {invocation.Function.Name} lost: {reason}."));
            }
        }
    }

    private async Task PumpAsync(IServerStreamWriter<StreamingMessage> outbound, CancellationToken cancellationToken)
    {
        await foreach (var message in _outbound.Reader.ReadAllAsync(cancellationToken))
        {
            await outbound.WriteAsync(message, cancellationToken);
        }
    }

    private void Receive(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                Send(new StreamingMessage
                {
                    WorkerInitRequest = new WorkerInitRequest
                    {
                        HostVersion = "4.0.0-standin",
                        FunctionAppDirectory = options.AppDirectory,
                        WorkerDirectory = options.AppDirectory,
                    },
                });
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                OnInitialised(message.WorkerInitResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                OnMetadata(message.FunctionMetadataResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                OnLoaded(message.FunctionLoadResponse);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                if (_running.TryRemove(message.InvocationResponse.InvocationId, out var invocation))
                {
                    invocation.Response.TrySetResult(message.InvocationResponse);
                }

                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                var log = message.RpcLog;
                logs.Write(log, _running.TryGetValue(log.InvocationId, out var running) ? running.Function.Name : null);
                break;
        }
    }

    private void OnInitialised(WorkerInitResponse response)
    {
        if (response.Result?.Status != StatusResult.Types.Status.Success)
        {
            _loaded.TrySetException(new InvalidOperationException($"The worker failed to initialise: {Reason(response.Result)}"));
            return;
        }

        if (!response.Capabilities.TryGetValue("HttpUri", out var httpUri) || !Uri.TryCreate(httpUri, UriKind.Absolute, out var uri))
        {
            _loaded.TrySetException(new InvalidOperationException("The worker reported no HttpUri: is it built with the ASP.NET Core integration?"));
            return;
        }

        HttpUri = uri;
        Send(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = options.AppDirectory } });
    }

    private void OnMetadata(FunctionMetadataResponse response)
    {
        if (response.Result?.Status != StatusResult.Types.Status.Success || response.UseDefaultMetadataIndexing)
        {
            _loaded.TrySetException(new InvalidOperationException(
                $"The worker did not index its functions ({Reason(response.Result)}); the stand-in runs workers that index themselves (workerIndexing)."));
            return;
        }

        var functions = response.FunctionMetadataResults;
        _awaitingLoad = functions.Count;
        foreach (var metadata in functions)
        {
            _functions.Add(HostedFunction.From(metadata));
            Send(new StreamingMessage { FunctionLoadRequest = new FunctionLoadRequest { FunctionId = metadata.FunctionId, Metadata = metadata } });
        }

        if (functions.Count == 0)
        {
            _loaded.TrySetResult(_functions);
        }
    }

    private void OnLoaded(FunctionLoadResponse response)
    {
        if (response.Result?.Status != StatusResult.Types.Status.Success)
        {
            var name = _functions.Find(f => f.Id == response.FunctionId)?.Name ?? response.FunctionId;
            _loaded.TrySetException(new InvalidOperationException($"The worker could not load {name}: {Reason(response.Result)}"));
            return;
        }

        if (Interlocked.Decrement(ref _awaitingLoad) == 0)
        {
            _loaded.TrySetResult(_functions);
        }
    }

    private void Send(StreamingMessage message) => _outbound.Writer.TryWrite(message);

    private static string Reason(StatusResult? result) =>
        result?.Exception is { } e ? $"{e.Type}: {e.Message}" : result?.Result is { Length: > 0 } text ? text : "no reason given";

    private sealed class Invocation(HostedFunction function)
    {
        public HostedFunction Function { get; } = function;

        public TaskCompletionSource<InvocationResponse> Response { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
