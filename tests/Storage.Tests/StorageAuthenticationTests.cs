using Azure;
using Azure.Core;
using Azure.Identity;
using MotCua.Storage.Blobs;
using MotCua.Storage.Tables;
using MotCua.TestSupport;

namespace MotCua.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StorageAuthenticationTests(AzuriteFixture azurite)
{
    // A valid base64 key of the right length that is not the account's.
    private static readonly string WrongKey = Convert.ToBase64String(new byte[64]);

    private string WithWrongKey() => azurite.ConnectionString.Replace(StorageConnectionString.DevelopmentAccountKey, WrongKey, StringComparison.Ordinal);

    [Fact]
    public async Task A_wrong_account_key_on_blobs_fails_with_a_clear_403()
    {
        var container = new BlobServiceClient(WithWrongKey()).GetBlobContainerClient(UniqueNames.Container("auth"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => container.CreateIfNotExistsAsync());

        Assert.Equal(403, error.Status);
        Assert.StartsWith("Storage refused the request (403 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("check the account key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_account_key_on_tables_fails_with_a_clear_403()
    {
        var table = new TableServiceClient(WithWrongKey()).GetTableClient(UniqueNames.Table("auth"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.CreateIfNotExistsAsync());

        Assert.Equal(403, error.Status);
        Assert.Contains("check the account key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_not_retried()
    {
        var counter = new RequestCounter();
        var table = new TableServiceClient(WithWrongKey(), counter.Options()).GetTableClient(UniqueNames.Table("auth"));

        await Assert.ThrowsAsync<RequestFailedException>(() => table.CreateIfNotExistsAsync());

        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task Token_credentials_are_refused_over_plain_http_rather_than_sent_in_clear()
    {
        TokenCredential credential = new ClientSecretCredential("00000000-0000-0000-0000-000000000000", "client", "secret");
        var blobs = new BlobServiceClient(azurite.BlobEndpoint, credential);

        await Assert.ThrowsAsync<InvalidOperationException>(() => blobs.GetBlobContainerClient("c1x").ExistsAsync());
    }

    [Fact]
    public async Task Retries_are_signed_again_and_succeed()
    {
        var failFirst = new FailFirstAttemptPolicy();
        var options = new StorageClientOptions();
        options.AddPolicy(failFirst, HttpPipelinePosition.BeforeTransport);
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(UniqueNames.Container("retry"));

        var created = await container.CreateIfNotExistsAsync();

        Assert.Equal(201, created.Status);
        Assert.Equal(2, failFirst.Attempts);
    }
}
