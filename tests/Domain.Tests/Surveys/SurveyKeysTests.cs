using MotCua.TestSupport;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public class SurveyKeysTests
{
    private static readonly SurveyAnswer Answer = new() { Unit = "tp-cao-bang", Counter = "quay-1", Option = 2 };

    [Fact]
    public void The_partition_is_the_Vietnam_date_so_an_evening_answer_in_UTC_belongs_to_the_next_day()
    {
        Assert.Equal("20261123", SurveyKeys.PartitionKey(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal("20261122", SurveyKeys.PartitionKey(new DateTimeOffset(2026, 11, 22, 16, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void With_a_client_id_the_row_key_is_the_first_32_hex_of_its_sha256()
    {
        var expected = "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("client-id-0123456789")))[..32];

        var key = SurveyKeys.RowKey(Answer with { ClientId = "client-id-0123456789" }, "0123456789abcdef", TestClock.Now);

        Assert.Equal(expected, key);
    }

    [Fact]
    public void Without_a_client_id_the_row_key_names_visitor_counter_option_and_ten_minute_window()
    {
        var at = new DateTimeOffset(2026, 11, 22, 15, 4, 5, TimeSpan.FromHours(7));

        Assert.Equal("v-0123456789abcdef-quay-1-2-090", SurveyKeys.RowKey(Answer, "0123456789abcdef", at));
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
