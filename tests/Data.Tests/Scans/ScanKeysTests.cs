using MotCua.Data.Scans;
using MotCua.TestSupport;

namespace MotCua.Data.Tests.Scans;

public sealed class ScanKeysTests
{
    [Fact]
    public void The_partition_date_is_the_vietnam_local_date_which_turns_at_17_utc()
    {
        var before = new DateTimeOffset(2026, 11, 22, 16, 59, 59, TimeSpan.Zero);
        var after = new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal("20261122-s3", ScanKeys.PartitionKey(before, 3));
        Assert.Equal("20261123-s3", ScanKeys.PartitionKey(after, 3));
    }

    [Fact]
    public void The_row_key_is_nineteen_digits_of_utc_ticks_and_eight_hex_digits()
    {
        var instant = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.FromHours(7));

        var key = ScanKeys.RowKey(instant, 0xBEEF);

        Assert.Equal("0639000000000000000-0000beef".Length, key.Length);
        Assert.Equal($"{instant.UtcTicks:D19}-0000beef", key);
    }

    [Fact]
    public void Row_keys_sort_by_time_as_strings()
    {
        var early = ScanKeys.RowKey(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), uint.MaxValue);
        var late = ScanKeys.RowKey(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 1, TimeSpan.Zero), 0);

        Assert.True(string.CompareOrdinal(early, late) < 0);
    }

    [Fact]
    public void Shards_cover_all_eight_partitions_and_no_more()
    {
        var shards = Enumerable.Range(0, 64).Select(i => ScanKeys.ShardOf((uint)i * 2_654_435_761u)).ToHashSet();

        Assert.Equal(Enumerable.Range(0, 8).ToHashSet(), shards);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScanKeys.PartitionKey(TestClock.Now, 8));
    }

    [Fact]
    public void A_days_partition_keys_are_its_eight_shards()
    {
        var keys = ScanKeys.PartitionKeysOf(new DateOnly(2026, 11, 22));

        Assert.Equal(["20261122-s0", "20261122-s1", "20261122-s2", "20261122-s3", "20261122-s4", "20261122-s5", "20261122-s6", "20261122-s7"], keys);
    }
}
