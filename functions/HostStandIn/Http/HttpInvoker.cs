using System.Diagnostics;
using System.Net;
using MotCua.HostStandIn.Rpc;
using MotCua.HostStandIn.Worker;
using Yarp.ReverseProxy.Forwarder;

namespace MotCua.HostStandIn.Http;

/// <summary>
/// An HTTP trigger as the host runs it with the worker's ASP.NET Core integration: the request is forwarded to the
/// worker's own HTTP address with YARP (the host's forwarder, whose default transforms set <c>X-Forwarded-For</c> to
/// the address the host saw) and the <c>x-ms-invocation-id</c> header, while the invocation goes over gRPC with the
/// route values as trigger metadata. The answer is relayed once the worker has reported the invocation: a function
/// that failed is a 500, whatever its HTTP side said.
/// </summary>
internal sealed partial class HttpInvoker(WorkerChannel channel, IHttpForwarder forwarder, InvocationLog invocations, ILogger<HttpInvoker> logger) : IDisposable
{
    private const string InvocationIdHeader = "x-ms-invocation-id";

    private readonly HttpMessageInvoker _client = new(new ConnectRetryHandler(
        new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ActivityHeadersPropagator = null,
            ConnectTimeout = TimeSpan.FromSeconds(15),
        },
        logger));

    private readonly ForwarderRequestConfig _config = new() { ActivityTimeout = TimeSpan.FromSeconds(240) };
    private readonly Lock _gate = new();
    private int _inFlight;
    private TaskCompletionSource? _idle;

    /// <summary>Completes when no invocation is running (at once if none is), or when the timeout ends.</summary>
    public Task WaitForIdleAsync(TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_inFlight == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task.WaitAsync(timeout).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task InvokeAsync(HttpContext context, HostedFunction function, RouteValueDictionary routeValues)
    {
        lock (_gate)
        {
            _inFlight++;
        }

        try
        {
            await RunAsync(context, function, routeValues);
        }
        finally
        {
            lock (_gate)
            {
                if (--_inFlight == 0)
                {
                    _idle?.TrySetResult();
                    _idle = null;
                }
            }
        }
    }

    private async Task RunAsync(HttpContext context, HostedFunction function, RouteValueDictionary routeValues)
    {
        var id = Guid.NewGuid().ToString();
        context.Request.Headers[InvocationIdHeader] = id;
        var request = new InvocationRequest { InvocationId = id, FunctionId = function.Id, TraceContext = new RpcTraceContext() };
        request.InputData.Add(new ParameterBinding { Name = function.BindingName, Data = new TypedData { Http = new RpcHttp { Method = context.Request.Method } } });
        foreach (var (name, value) in routeValues)
        {
            request.TriggerMetadata[name] = new TypedData { String = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "" };
        }

        var started = Stopwatch.GetTimestamp();
        var record = invocations.Start(function.Name, id);
        var response = channel.InvokeAsync(function, request);
        var transformer = new AfterInvocation(response);
        var error = await forwarder.SendAsync(context, channel.HttpUri!.AbsoluteUri, _client, _config, transformer);
        var outcome = await response.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        var succeeded = outcome?.Result?.Status == StatusResult.Types.Status.Success;
        if (!succeeded && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }

        record.Complete(succeeded, context.Response.StatusCode);
        LogExecuted(function.Name, succeeded ? "Succeeded" : "Failed", id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!succeeded)
        {
            LogFailed(function.Name, error.ToString(), outcome?.Result?.Exception?.Message ?? response.Exception?.GetBaseException().Message ?? "");
        }
    }

    public void Dispose() => _client.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Executed 'Functions.{Name}' ({Outcome}, Id={Id}, Duration={Milliseconds:0}ms)")]
    private partial void LogExecuted(string name, string outcome, string id, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Name} failed (forwarding: {Forwarding}): {Reason}")]
    private partial void LogFailed(string name, string forwarding, string reason);

    /// <summary>The host's default transforms, with the answer held back until the invocation's outcome is known.</summary>
    private sealed class AfterInvocation(Task<InvocationResponse> response) : HttpTransformer
    {
        public override ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken) =>
            Default.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);

        public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
        {
            await ((Task)response).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!response.IsCompletedSuccessfully || response.Result.Result?.Status != StatusResult.Types.Status.Success)
            {
                return false;
            }

            return await Default.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
        }

        public override ValueTask TransformResponseTrailersAsync(HttpContext httpContext, HttpResponseMessage proxyResponse, CancellationToken cancellationToken) =>
            Default.TransformResponseTrailersAsync(httpContext, proxyResponse, cancellationToken);
    }
}
