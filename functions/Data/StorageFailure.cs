using Azure;

namespace MotCua.Data;

/// <summary>
/// The one test of "storage failed" used wherever a citizen's request or a job must carry on without storage:
/// storage down, slow past a deadline, or refusing the request, as opposed to the caller going away or a bug.
/// </summary>
public static class StorageFailure
{
    /// <summary>
    /// True for a storage or network failure. A cancellation counts only when <paramref name="callerToken"/> was not
    /// cancelled (then it was a deadline, not the caller). Azure.Core's retry policy ends with an
    /// <see cref="AggregateException"/> of the attempts' failures, which counts when every attempt failed that way.
    /// </summary>
    public static bool Is(Exception e, CancellationToken callerToken = default) => e switch
    {
        RequestFailedException or HttpRequestException or TimeoutException or IOException or System.Net.Sockets.SocketException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(inner => Is(inner, callerToken)),
        _ => false,
    };
}
