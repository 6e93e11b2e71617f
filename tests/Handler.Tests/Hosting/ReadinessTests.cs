using MotCua.Data;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>run.sh waits for "/" to answer before it prints any URL: it must answer 200 whatever storage does.</summary>
public sealed class ReadinessTests
{
    private static readonly string Unreachable = StorageEndpoints.WithBlobPort(StorageClientDefaults.DevelopmentStorage, StorageEndpoints.ClosedPort());

    [Fact]
    public async Task The_root_answers_200_when_storage_does_not_answer_within_the_first_fetch_budget()
    {
        using var factory = new HandlerFactory().With("Storage:ConnectionString", Unreachable).With("Site:FirstFetchBudget", "00:00:01");
        await AssertRootIsUpAsync(factory);
    }

    [Fact]
    public async Task The_root_answers_200_when_the_storage_clients_retries_give_up_first()
    {
        // The retry policy ends with an AggregateException of its attempts: a storage failure like any other.
        using var factory = new HandlerFactory().With("Storage:ConnectionString", Unreachable).With("Site:FirstFetchBudget", "00:00:30");
        await AssertRootIsUpAsync(factory);
    }

    internal static async Task AssertRootIsUpAsync(HandlerFactory factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The same with storage up and nothing published yet (its own class: the tests above need no Azurite and run alongside).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReadinessWithStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_root_answers_200_before_anything_is_published()
    {
        using var factory = new HandlerFactory().With("Storage:ConnectionString", azurite.ConnectionString)
            .With("Storage:WebContainer", UniqueNames.Container("empty"));
        await ReadinessTests.AssertRootIsUpAsync(factory);
    }
}
