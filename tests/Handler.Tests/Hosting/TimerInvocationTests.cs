using System.Text.Json;
using MotCua.Handler.Hosting.Timers;

namespace MotCua.Handler.Tests.Hosting;

public sealed class TimerInvocationTests
{
    private static readonly DateTimeOffset Fallback = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static TimerInvocation Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return TimerInvocation.FromHostEnvelope("PublishStats", doc.RootElement, Fallback);
    }

    [Fact]
    public void The_hosts_envelope_gives_the_time_and_the_past_due_flag()
    {
        var invocation = Parse("""
            {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":true}},
             "Metadata":{"sys":{"MethodName":"PublishStats","UtcNow":"2026-11-22T07:45:00.1234567Z","RandGuid":"4f1c"}}}
            """);
        Assert.True(invocation.IsPastDue);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 7, 45, 0, TimeSpan.Zero), invocation.UtcNow.AddTicks(-1234567));
        Assert.Equal(TimerSource.FunctionsHost, invocation.Source);
    }

    [Fact]
    public void A_timer_value_sent_as_a_json_string_is_read_too()
    {
        var invocation = Parse("""{"Data":{"timer":"{\"IsPastDue\":true}"},"Metadata":{}}""");
        Assert.True(invocation.IsPastDue);
        Assert.Equal(Fallback, invocation.UtcNow);
    }

    [Fact]
    public void A_missing_envelope_falls_back_to_the_current_time()
    {
        var invocation = TimerInvocation.FromHostEnvelope("PublishStats", default, Fallback);
        Assert.False(invocation.IsPastDue);
        Assert.Equal(Fallback, invocation.UtcNow);
    }
}
