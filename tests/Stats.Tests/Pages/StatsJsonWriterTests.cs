using System.Text;
using System.Text.Json;
using MotCua.Domain.Codes;
using MotCua.Domain.Slips;
using MotCua.Stats.Pages;
using MotCua.Stats.Rollups;
using MotCua.TestSupport;

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

    [Fact]
    public void An_office_with_every_section_writes_the_approved_bytes()
    {
        var set = new RollupSet();
        set.Add(new CodeDay(StatsSamples.Unit, Day, "HT2K") { Kind = "procedure", Target = "tp-cao-bang/hộ-tịch/khai-sinh", Placement = "Tờ thủ tục <quầy 1> & 'bảng' \"A+B\"", Scans = 12, BotScans = 2, PortalClicks = 3 });
        set.Add(new CodeDay(StatsSamples.Unit, Day.AddDays(-1), "BHT1") { Kind = "board", Target = "tp-cao-bang/ho-tich", Placement = "bang-niem-yet", Scans = 7, BotPortalClicks = 1 });
        set.Add(new CounterDay(StatsSamples.Unit, Day, "Quầy số 1") { Options = [3, 6, 1], Misuse = 1 });
        set.Add(new CounterDay(StatsSamples.Unit, Day.AddDays(-1), "quay-2") { Options = [1, 2, 0] });
        // A registered code never scanned is listed with zeros; its name is the page's, not the JSON's.
        CodeEntry[] registry = [new("DD01", CodeKind.Procedure, StatsSamples.Unit, "tp-cao-bang/dat-dai/cap-so", "to-thu-tuc", "/tp-cao-bang/dat-dai/cap-so", Name: "Cấp sổ đỏ")];
        var october = new DateOnly(2026, 10, 1);
        var stats = UnitStats.Build(StatsSamples.Unit, set, registry, 2, StatsSamples.Now) with
        {
            MergedUnits = [("phuong-cu", new DateOnly(2025, 7, 1))],
            Reprints = [new ReprintStats("OLD1", "phuong-cu", "procedure", "phuong-cu/hộ-tịch", "Bàn <2>", "/phuong-cu/ho-tich", 9, Day) { Name = "Hộ tịch" }],
            SlipMonths =
            [
                new SlipMonthStats(october.AddMonths(-2), 0, 0, null, null),
                new SlipMonthStats(october.AddMonths(-1), 48, null, null, null),
                new SlipMonthStats(october, 72, 40, [12, 20, 8], [("thoi-gian-cho", 6), ("giay-to-thua", null), ("di-lai", 5), ("thai-do", 0), ("khac", null)]),
                // Whole shares (1 and 0) are numbers without a fraction.
                new SlipMonthStats(october.AddMonths(1), 5, 5, [5, 0, 0], [.. SlipChoices.Reasons.Select(r => (r.Key, (long?)0))]),
            ],
            OpenMonths = [new OpenMonthStats(october.AddMonths(-1), 3, [1, 1, 1]), new OpenMonthStats(october, 7, [1, 4, 2]), new OpenMonthStats(october.AddMonths(1), 5, [0, 0, 5])],
        };

        Approval.Verify("Approved/stats.json", Encoding.UTF8.GetString(StatsJsonWriter.Write(stats)));
    }

    [Fact]
    public void An_office_with_empty_sections_writes_the_approved_bytes()
    {
        // Merged into, but no old code scanned since: the reprint list is present and empty.
        var stats = UnitStats.Build(StatsSamples.Unit, new RollupSet(), [], 0, StatsSamples.Now) with { MergedUnits = [("phuong-cu", new DateOnly(2025, 7, 1))] };

        Approval.Verify("Approved/stats-empty.json", Encoding.UTF8.GetString(StatsJsonWriter.Write(stats)));
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
