using Azure;
using MotCua.Storage.Blobs;
using MotCua.TestSupport;

namespace MotCua.Storage.Tests;

public sealed class AzuriteInstanceTests
{
    [Fact]
    public async Task A_private_instance_serves_until_stopped_and_again_after_a_restart()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 0;
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient("c1x");

        var created = await container.CreateIfNotExistsAsync();
        await azurite.StopAsync();
        var down = await Assert.ThrowsAsync<RequestFailedException>(() => container.ExistsAsync());
        await azurite.RestartAsync();
        var afterRestart = await container.ExistsAsync();

        Assert.Equal(201, created.Status);
        Assert.Equal(0, down.Status);
        Assert.False(afterRestart.Value);
    }
}
