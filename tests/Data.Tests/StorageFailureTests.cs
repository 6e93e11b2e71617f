using Azure.Core;
using Azure.Storage.Blobs;
using MotCua.TestSupport;

namespace MotCua.Data.Tests;

public sealed class StorageFailureTests
{
    [Fact]
    public async Task Retries_that_all_failed_to_connect_are_a_storage_failure()
    {
        var options = StorageClientDefaults.BlobOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.Mode = RetryMode.Fixed;
        var blob = new BlobContainerClient(new Uri($"http://127.0.0.1:{StorageEndpoints.ClosedPort()}/devstoreaccount1/web"), options).GetBlobClient("index.html");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => blob.DownloadContentAsync());

        Assert.IsType<AggregateException>(failure);
        Assert.True(StorageFailure.Is(failure));
    }

    [Fact]
    public void A_deadline_is_a_storage_failure_but_the_caller_going_away_is_not()
    {
        using var caller = new CancellationTokenSource();
        var timedOut = new TaskCanceledException();

        Assert.True(StorageFailure.Is(timedOut, caller.Token));
        caller.Cancel();
        Assert.False(StorageFailure.Is(timedOut, caller.Token));
        Assert.False(StorageFailure.Is(new AggregateException(new HttpRequestException(), timedOut), caller.Token));
    }

    [Fact]
    public void A_bug_is_not_a_storage_failure_even_inside_the_retry_policys_aggregate()
    {
        Assert.False(StorageFailure.Is(new FormatException("bad key")));
        Assert.False(StorageFailure.Is(new AggregateException(new HttpRequestException(), new InvalidOperationException())));
        Assert.False(StorageFailure.Is(new AggregateException()));
    }
}
