using MotCua.Data.Surveys;
using MotCua.Domain.Surveys;

namespace MotCua.Data.Tests.Surveys;

public class SurveyRecordTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 8, 4, 5, TimeSpan.Zero);
    private static readonly SurveyAnswer Answer = new() { Unit = "tp-cao-bang", Counter = "quay-1", Option = 0 };

    [Fact]
    public void An_ordinary_answer_is_counted_and_stamped_with_the_Vietnam_local_hour_only()
    {
        var record = SurveyRecord.Create(Answer, "0123456789abcdef", SurveyChannel.Form, earlierAnswers: 0, At);

        Assert.False(record.Misuse);
        Assert.Equal("", record.MisuseReason);
        Assert.Equal("2026-11-22T15+07:00", record.LocalHour);
        Assert.Equal("2026-11-22", record.LocalDate);
        Assert.Equal("20261122-tp-cao-bang", record.PartitionKey);
        Assert.Equal(SurveyKeys.TallyRowKey("0123456789abcdef", "quay-1"), record.TallyRowKey);
        Assert.Equal("form", record.ChannelName);
    }

    [Fact]
    public void The_sixth_answer_of_a_visitor_at_one_counter_in_a_day_is_flagged_as_rate_misuse()
    {
        Assert.False(SurveyRecord.Create(Answer, "v", SurveyChannel.Form, 4, At).Misuse);
        Assert.Equal(SurveyRecord.MisuseRate, SurveyRecord.Create(Answer, "v", SurveyChannel.Form, 5, At).MisuseReason);
    }

    [Fact]
    public void An_office_may_raise_the_daily_limit()
    {
        Assert.False(SurveyRecord.Create(Answer, "v", SurveyChannel.Form, 5, At, maxPerDay: 20).Misuse);
        Assert.True(SurveyRecord.Create(Answer, "v", SurveyChannel.Form, 20, At, maxPerDay: 20).Misuse);
    }

    [Fact]
    public void A_filled_honeypot_is_flagged_before_the_rate()
    {
        var record = SurveyRecord.Create(Answer with { HoneypotFilled = true }, "v", SurveyChannel.Script, 9, At, crossSite: true);

        Assert.True(record.Misuse);
        Assert.Equal(SurveyRecord.MisuseHoneypot, record.MisuseReason);
        Assert.Equal("script", record.ChannelName);
    }

    [Fact]
    public void A_post_from_another_site_is_flagged_before_the_rate()
    {
        Assert.Equal(SurveyRecord.MisuseCrossSite, SurveyRecord.Create(Answer, "v", SurveyChannel.Form, 9, At, crossSite: true).MisuseReason);
        Assert.Equal(SurveyRecord.MisuseCrossSite, SurveyRecord.Create(Answer, "v", SurveyChannel.Form, 0, At, crossSite: true).MisuseReason);
    }
}
