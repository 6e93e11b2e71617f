using Azure.Data.Tables;
using MotCua.Data.Stats;
using MotCua.TestSupport;
using MotCua.Stats.Aggregation;

namespace MotCua.Stats.Tests.Aggregation;

[Collection(AzuriteCollection.Name)]
public sealed class WatermarkStoreTests(AzuriteFixture azurite)
{
    private async Task<(TableClient Table, WatermarkStore Store)> NewAsync()
    {
        var table = await azurite.NewTableAsync("state");
        return (table, new WatermarkStore(table));
    }

    [Fact]
    public async Task Of_two_runs_that_read_the_same_watermark_only_the_first_claims_it()
    {
        var (_, store) = await NewAsync();
        var read = await store.LoadAsync(CancellationToken.None);

        var first = await store.TryClaimAsync(read, 500, "run-a", 1, CancellationToken.None);
        var second = await store.TryClaimAsync(read, 600, "run-b", 2, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(("run-a", 500L), ((await store.LoadAsync(CancellationToken.None)).Run, (await store.LoadAsync(CancellationToken.None)).Pending));
    }

    [Fact]
    public async Task A_commit_on_a_claim_another_run_took_over_is_refused_by_if_match()
    {
        var (_, store) = await NewAsync();
        var claim = await store.TryClaimAsync(await store.LoadAsync(CancellationToken.None), 500, "slow", 1, CancellationToken.None);
        var takeover = await store.TryClaimAsync(await store.LoadAsync(CancellationToken.None), 500, "fast", 2, CancellationToken.None);

        var committed = await store.TryCommitAsync(claim!, CancellationToken.None);

        Assert.NotNull(takeover);
        Assert.False(committed);
        Assert.True(await store.TryCommitAsync(takeover, CancellationToken.None));
        Assert.Equal((500L, 0L), ((await store.LoadAsync(CancellationToken.None)).Through, (await store.LoadAsync(CancellationToken.None)).Pending));
    }

    [Fact]
    public async Task The_watermark_row_keeps_its_int64_columns()
    {
        var (table, store) = await NewAsync();
        var claim = await store.TryClaimAsync(await store.LoadAsync(CancellationToken.None), 638_000_000_000_000_000, "run", 638_000_000_000_000_001, CancellationToken.None);
        await store.TryCommitAsync(claim!, CancellationToken.None);

        var row = (await table.GetEntityAsync<TableEntity>(WatermarkEntity.Partition, WatermarkEntity.Row)).Value;

        Assert.IsType<long>(row["Through"]);
        Assert.IsType<long>(row["Pending"]);
        Assert.IsType<long>(row["ClaimedAt"]);
        Assert.Equal(638_000_000_000_000_000L, row.GetInt64("Through"));
        Assert.Equal("run", row.GetString("Run"));
        Assert.IsType<DateTimeOffset>(row["ThroughUtc"]);
    }
}
