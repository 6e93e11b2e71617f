using System.Net;
using MotCua.Data;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>The app starts and answers without storage: a scan gets a page, never a 5xx, whatever storage does.</summary>
public sealed class ReadinessTests
{
    private static readonly string Unreachable = StorageEndpoints.WithBlobPort(StorageClientDefaults.DevelopmentStorage, StorageEndpoints.ClosedPort());

    [Theory]
    [InlineData("00:00:01")] // the first fetch gives up before the storage client does
    [InlineData("00:00:30")] // the storage client's retries give up first, with an AggregateException of its attempts
    public async Task With_storage_unreachable_the_app_starts_and_a_scan_is_answered_with_the_not_found_page(string firstFetchBudget)
    {
        await using var app = await FunctionsApp.StartAsync(Unreachable, [KeyValuePair.Create("Site:FirstFetchBudget", firstFetchBudget)]);

        using var response = await app.Client.GetAsync(new Uri("/s/HT2K", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
