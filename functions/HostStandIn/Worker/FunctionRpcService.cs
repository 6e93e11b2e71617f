using Grpc.Core;
using MotCua.HostStandIn.Rpc;

namespace MotCua.HostStandIn.Worker;

/// <summary>The host's gRPC service, on the address given to the worker as <c>--functions-uri</c>.</summary>
internal sealed class FunctionRpcService(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context) =>
        channel.RunAsync(requestStream, responseStream, context.CancellationToken);
}
