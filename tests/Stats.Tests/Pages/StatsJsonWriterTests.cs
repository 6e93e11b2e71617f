using System.Text.Json;
using MotCua.Domain.Slips;
using MotCua.Stats.Pages;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Tests.Pages;

public class StatsJsonWriterTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public void The_json_has_exactly_the_published_keys_at_every_level()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("HT2K", Day));
        set.Add(StatsSamples.Answer("quay-1", Day, 1));
        var stats = UnitStats.Build(StatsSamples.Unit, set, [], 0, StatsSamples.Now) with
        {
            SlipMonths = [new SlipMonthStats(new DateOnly(2026, 10, 1), 24, 6, [2, 3, 1], [.. SlipChoices.Reasons.Select(r => (r.Key, (long?)0))])],
            OpenMonths = [new OpenMonthStats(new DateOnly(2026, 10, 1), 5, [1, 2, 2])],
        };
        var json = JsonDocument.Parse(StatsJsonWriter.Write(stats)).RootElement;

        Assert.Equal(["unit", "generated_at", "totals", "codes", "counters", "days", "slip_months", "open_months"], Keys(json));
        Assert.Equal(["month", "handed_out", "answers", "response_rate", "options", "not_unsatisfied_share", "reasons"], Keys(json.GetProperty("slip_months")[0]));
        Assert.Equal(SlipChoices.Reasons.Select(r => r.Key), Keys(json.GetProperty("slip_months")[0].GetProperty("reasons")));
        Assert.Equal(["month", "answers", "options", "not_unsatisfied_share"], Keys(json.GetProperty("open_months")[0]));
        Assert.Equal(["scans", "bot_scans", "portal_clicks", "bot_portal_clicks", "survey_answers", "survey_misuse", "scan_write_failures"], Keys(json.GetProperty("totals")));
        Assert.Equal(["code", "kind", "target", "placement", "scans", "bot_scans", "portal_clicks"], Keys(json.GetProperty("codes")[0]));
        Assert.Equal(["code", "answers", "misuse", "options"], Keys(json.GetProperty("counters")[0]));
        Assert.Equal(["date", "scans", "answers", "portal_clicks"], Keys(json.GetProperty("days")[0]));
    }

    [Fact]
    public void Dates_and_the_generation_time_are_Vietnam_local()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("HT2K", Day));
        var generated = new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.Zero);
        var json = JsonDocument.Parse(StatsJsonWriter.Write(UnitStats.Build(StatsSamples.Unit, set, [], 0, generated))).RootElement;

        Assert.Equal("2026-12-01T00:30:00+07:00", json.GetProperty("generated_at").GetString());
        Assert.Equal("2026-11-30", json.GetProperty("days")[0].GetProperty("date").GetString());
    }

    [Fact]
    public void Counter_options_are_a_count_per_option_index()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Answer("quay-1", Day, 2));
        set.Add(StatsSamples.Answer("quay-1", Day, 2));
        set.Add(StatsSamples.Answer("quay-1", Day, 0));
        var json = JsonDocument.Parse(StatsJsonWriter.Write(UnitStats.Build(StatsSamples.Unit, set, [], 0, StatsSamples.Now))).RootElement;

        var options = json.GetProperty("counters")[0].GetProperty("options").EnumerateArray().Select(o => o.GetInt64());
        Assert.Equal([1L, 0L, 2L], options);
    }

    [Fact]
    public void Vietnamese_text_stays_readable_and_markup_is_escaped()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Answer("Quầy <1>", Day, 0));
        var text = System.Text.Encoding.UTF8.GetString(StatsJsonWriter.Write(UnitStats.Build(StatsSamples.Unit, set, [], 0, StatsSamples.Now)));

        Assert.Contains("Quầy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<1>", text, StringComparison.Ordinal);
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
