using MotCua.TestSupport;
using System.Security.Cryptography;
using System.Text;
using MotCua.Data.Surveys;
using MotCua.Domain.Surveys;

namespace MotCua.Data.Tests.Surveys;

public class SurveyKeysTests
{
    private static readonly SurveyAnswer Answer = new() { Unit = "tp-cao-bang", Counter = "quay-1", Option = 2 };

    [Fact]
    public void The_partition_is_the_Vietnam_date_and_the_unit_so_an_evening_answer_in_UTC_belongs_to_the_next_day()
    {
        Assert.Equal("20261123-tp-cao-bang", SurveyKeys.PartitionKey(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero), "tp-cao-bang"));
        Assert.Equal("20261122-tp-cao-bang", SurveyKeys.PartitionKey(new DateTimeOffset(2026, 11, 22, 16, 59, 59, TimeSpan.Zero), "tp-cao-bang"));
    }

    [Fact]
    public void With_a_client_id_the_row_key_is_the_first_32_hex_of_its_sha256()
    {
        var expected = "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("client-id-0123456789")))[..32];

        var key = SurveyKeys.RowKey(Answer with { ClientId = "client-id-0123456789" }, "0123456789abcdef", TestClock.Now);

        Assert.Equal(expected, key);
    }

    [Fact]
    public void Without_a_client_id_the_row_key_is_a_hash_that_shows_neither_visitor_nor_ten_minute_window()
    {
        var at = new DateTimeOffset(2026, 11, 22, 15, 4, 5, TimeSpan.FromHours(7));
        var expected = "v-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("0123456789abcdef\nquay-1\n2\n90")))[..32];

        var key = SurveyKeys.RowKey(Answer, "0123456789abcdef", at);

        Assert.Equal(expected, key);
        Assert.DoesNotContain("0123456789abcdef", key, StringComparison.Ordinal);
        Assert.DoesNotContain("090", key, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tally_row_is_one_per_visitor_and_counter_and_hides_both()
    {
        var key = SurveyKeys.TallyRowKey("0123456789abcdef", "quay-1");

        Assert.Matches("^n-[0-9a-f]{32}$", key);
        Assert.Equal(key, SurveyKeys.TallyRowKey("0123456789abcdef", "quay-1"));
        Assert.NotEqual(key, SurveyKeys.TallyRowKey("0123456789abcdef", "quay-2"));
        Assert.NotEqual(key, SurveyKeys.TallyRowKey("fedcba9876543210", "quay-1"));
    }

    [Fact]
    public void The_same_answer_a_few_minutes_later_in_the_same_window_gets_the_same_key()
    {
        var first = new DateTimeOffset(2026, 11, 22, 15, 1, 0, TimeSpan.FromHours(7));

        Assert.Equal(SurveyKeys.RowKey(Answer, "v", first), SurveyKeys.RowKey(Answer, "v", first.AddMinutes(8)));
        Assert.NotEqual(SurveyKeys.RowKey(Answer, "v", first), SurveyKeys.RowKey(Answer, "v", first.AddMinutes(9)));
        Assert.NotEqual(SurveyKeys.RowKey(Answer, "v", first), SurveyKeys.RowKey(Answer with { Option = 0 }, "v", first));
    }

    [Fact]
    public void Windows_run_from_0_at_local_midnight_to_143_before_the_next()
    {
        Assert.Equal(0, SurveyKeys.Window(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(7))));
        Assert.Equal(143, SurveyKeys.Window(new DateTimeOffset(2026, 11, 22, 23, 59, 59, TimeSpan.FromHours(7))));
    }
}
