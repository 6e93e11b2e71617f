using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Stats.Retention;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests.Security;

/// <summary>
/// The retention limit is a promise to citizens, so it must hold when the statistics cannot run: here every request
/// to the statistics' own tables fails, as it would with a broken rollup table or a bug in the aggregation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionWhileAggregationFailsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    [Fact]
    public async Task Raw_rows_past_the_limit_are_deleted_answers_first_though_every_statistics_run_fails()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(23);
        await StatsEntities.InsertAsync(storage.Surveys, StatsEntities.Spread(Now.AddDays(-120), Now.AddDays(-100), 150).Select(at => StatsEntities.Answer(random, at)));
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(Now.AddDays(-120), Now.AddDays(-100), 50).Select(at => StatsEntities.Scan(random, at)));
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(Now.AddDays(-10), Now.AddDays(-1), 40).Select(at => StatsEntities.Scan(random, at)));
        var options = StorageClientDefaults.TableOptions();
        options.AddPolicy(new FailStatisticsTables(), HttpPipelinePosition.PerCall);
        options.Retry.MaxRetries = 0;
        var tables = new TableServiceClient(azurite.ConnectionString, options);
        var runner = new StatsRunner(tables, new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions()), StatsStorage.Options(), new FakeTimeProvider(Now),
            new RetentionOptions { MaxDeletesPerRun = 100 });

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => runner.RunOnceAsync(CancellationToken.None));
        var afterFirst = (Answers: (await StatsStorage.AllAsync(storage.Surveys)).Count, Scans: (await StatsStorage.AllAsync(storage.Scans)).Count);
        await Assert.ThrowsAnyAsync<RequestFailedException>(() => runner.RunOnceAsync(CancellationToken.None));
        await Assert.ThrowsAnyAsync<RequestFailedException>(() => runner.RunOnceAsync(CancellationToken.None));

        Assert.Equal((50, 90), afterFirst);
        Assert.Empty(await StatsStorage.AllAsync(storage.Surveys));
        Assert.Equal(40, (await StatsStorage.AllAsync(storage.Scans)).Count);
    }

    /// <summary>Answers 503 for every request to the statistics' state and rollups, as a broken table would.</summary>
    private sealed class FailStatisticsTables : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Refuse(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Refuse(message);
            return ProcessNextAsync(message, pipeline);
        }

        private static void Refuse(HttpMessage message)
        {
            var path = message.Request.Uri.Path;
            if (path.Contains(TableNames.StatsState, StringComparison.Ordinal) || path.Contains(TableNames.StatsDaily, StringComparison.Ordinal))
            {
                throw new RequestFailedException(503, "statistics tables unavailable (test)");
            }
        }
    }
}
