namespace MotCua.HostStandIn.Http;

/// <summary>
/// The host's retry of a request it could not hand to the worker: the worker reports its HTTP address before its
/// server listens, so the first requests after a start can find nothing there. Like the host, up to 10 attempts,
/// 50 ms apart at first, doubling to 250 ms; only failures to send (nothing reached the worker) are retried.
/// </summary>
internal sealed partial class ConnectRetryHandler(HttpMessageHandler inner, ILogger logger) : DelegatingHandler(inner)
{
    private const int MaxAttempts = 10;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex) when (attempt < MaxAttempts)
            {
                LogRetrying(ex.Message, delay.TotalMilliseconds, attempt, MaxAttempts);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not hand the request to the worker ({Reason}); retrying in {DelayMs} ms, attempt {Attempt} of {Max}")]
    private partial void LogRetrying(string reason, double delayMs, int attempt, int max);
}
