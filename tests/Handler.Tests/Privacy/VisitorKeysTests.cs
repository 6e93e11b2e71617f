using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Privacy;
using MotCua.Domain.Privacy;
using MotCua.Domain.Text;
using MotCua.Handler.Hosting;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Privacy;

/// <summary>The day keys as several instances of the app see them, against the emulator's <c>visitorkeys</c>.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class VisitorKeysTests(AzuriteFixture azurite)
{
    /// <summary>A day of its own per test, far from the others', so tests sharing the emulator never meet.</summary>
    private static DateTimeOffset DayOf(int test) => TestClock.Now.AddYears(-5).AddDays(test * 7);

    private TableServiceClient Tables => new(azurite.ConnectionString, StorageClientDefaults.TableOptions());

    [Fact]
    public async Task Instances_asking_at_once_for_a_new_days_key_all_get_the_one_stored()
    {
        var day = DayOf(1);
        var instances = Enumerable.Range(0, 6).Select(_ => new VisitorKeys(Tables)).ToList();

        var keys = await Task.WhenAll(instances.Select(i => i.ForDayAsync(day, CancellationToken.None)));

        var stored = (await Tables.GetTableClient(TableNames.VisitorKeys).GetEntityAsync<VisitorKeyEntity>(VisitorKeyEntity.Partition, VietnamTime.DateKey(day))).Value;
        Assert.All(keys, k => Assert.Equal(stored.Key, k));
        Assert.Equal(VisitorHasher.KeyBytes, stored.Key!.Length);
        instances.ForEach(i => i.Dispose());
    }

    [Fact]
    public async Task The_next_day_has_a_new_key_and_a_visitor_hashes_differently()
    {
        using var keys = new VisitorKeys(Tables);

        var today = await keys.ForDayAsync(DayOf(2), CancellationToken.None);
        var tomorrow = await keys.ForDayAsync(DayOf(2).AddDays(1), CancellationToken.None);

        Assert.NotEqual(today, tomorrow);
        Assert.NotEqual(VisitorHasher.Hash(today, null, "ua"), VisitorHasher.Hash(tomorrow, null, "ua"));
    }

    [Fact]
    public async Task The_key_is_read_from_storage_once_per_day_per_instance()
    {
        var counter = new RequestCounter();
        var options = StorageClientDefaults.TableOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerCall);
        using var keys = new VisitorKeys(new TableServiceClient(azurite.ConnectionString, options));
        await keys.ForDayAsync(DayOf(3), CancellationToken.None);
        counter.Reset();

        for (var i = 0; i < 50; i++)
        {
            await keys.ForDayAsync(DayOf(3).AddMinutes(i), CancellationToken.None);
        }

        Assert.Equal(0, counter.Count);
    }
}
