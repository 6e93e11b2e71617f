using Azure.Data.Tables;
using MotCua.Data.Stats;
using MotCua.TestSupport;

namespace MotCua.Data.Tests.Stats;

[Collection(AzuriteCollection.Name)]
public sealed class StatsRowKeysTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_hostile_unit_name_reads_only_its_own_partition()
    {
        var table = await azurite.NewTableAsync("daily");
        const string hostile = "x' or PartitionKey ne 'x";
        await table.AddEntityAsync(new TableEntity("tp-cao-bang", StatsRowKeys.CodeTotal("HT2K")));
        await table.AddEntityAsync(new TableEntity(hostile, StatsRowKeys.CodeTotal("HT2K")));

        var matches = await table.QueryAsync<TableEntity>(StatsRowKeys.RangeFilter(hostile, StatsRowKeys.TotalStart, StatsRowKeys.TotalEnd)).ToListAsync();

        Assert.Equal(hostile, Assert.Single(matches).PartitionKey);
    }

    [Fact]
    public async Task A_day_range_holds_that_day_details_and_no_totals_or_sums()
    {
        var table = await azurite.NewTableAsync("daily");
        var day = new DateOnly(2026, 11, 30);
        string[] keys =
        [
            StatsRowKeys.CodeDay(day, "HT2K"), StatsRowKeys.CounterDay(day, "quay/1"), StatsRowKeys.CodeDay(day.AddDays(-1), "HT2K"),
            StatsRowKeys.CodeTotal("HT2K"), StatsRowKeys.DaySum(day),
        ];
        foreach (var key in keys)
        {
            await table.AddEntityAsync(new TableEntity("u", key));
        }

        var matches = await table.QueryAsync<TableEntity>(StatsRowKeys.RangeFilter("u", StatsRowKeys.DetailFrom(day), StatsRowKeys.DetailEnd)).ToListAsync();

        Assert.Equal([StatsRowKeys.CodeDay(day, "HT2K"), "d|20261130|q|quay%2F1"], matches.Select(e => e.RowKey).Order(StringComparer.Ordinal));
        Assert.True(StatsRowKeys.IsCodeKey(keys[0]));
        Assert.False(StatsRowKeys.IsCodeKey(keys[1]));
        Assert.True(StatsRowKeys.IsCodeKey(keys[3]));
    }
}
