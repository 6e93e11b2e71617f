using MotCua.Domain.Codes;
using MotCua.Stats.Pages;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Tests.Pages;

public class UnitStatsTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public void Totals_sum_every_day_and_leave_other_units_out()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("A", Day));
        set.Add(StatsSamples.Scan("A", Day.AddDays(1)));
        set.Add(StatsSamples.Scan("A", Day, bot: true));
        set.Add(StatsSamples.Scan("A", Day, unit: "khac"));
        set.Add(StatsSamples.Answer("quay-1", Day, 1));

        var stats = UnitStats.Build(StatsSamples.Unit, set, [], 4, StatsSamples.Now);

        Assert.Equal(new StatsTotals(2, 1, 0, 0, 1, 0, 4), stats.Totals);
        Assert.Equal([Day, Day.AddDays(1)], stats.Days.Select(d => d.Date));
        Assert.Equal([1L, 1L], stats.Days.Select(d => d.Scans));
        Assert.Equal([1L, 0L], stats.Days.Select(d => d.Answers));
    }

    [Fact]
    public void A_registered_code_never_scanned_is_listed_with_zero_and_the_registry_describes_it()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("A", Day));
        CodeEntry[] registry =
        [
            new("A", CodeKind.Board, StatsSamples.Unit, "tp-cao-bang/ho-tich", "bang-1", "/tp-cao-bang/ho-tich/"),
            new("Z", CodeKind.Procedure, StatsSamples.Unit, "tp-cao-bang/dat-dai/x", "to-thu-tuc", "/tp-cao-bang/dat-dai/x.html"),
            new("Q", CodeKind.Procedure, "khac", "khac/dat-dai/x", "to-thu-tuc", "/khac/dat-dai/x.html"),
        ];

        var stats = UnitStats.Build(StatsSamples.Unit, set, registry, 0, StatsSamples.Now);

        Assert.Equal(["A", "Z"], stats.Codes.Select(c => c.Code));
        Assert.Equal(new CodeStats("A", "board", "tp-cao-bang/ho-tich", "bang-1", 1, 0, 0), stats.Codes[0]);
        Assert.Equal(0, stats.Codes[1].Scans);
    }

    [Fact]
    public void The_page_names_the_office_procedures_fields_and_counters_in_vietnamese_when_the_registry_knows_them()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Scan("A", Day));
        set.Add(StatsSamples.Scan("P", Day));
        CodeEntry[] registry =
        [
            new("A", CodeKind.Board, StatsSamples.Unit, "tp-cao-bang/ho-tich", "bang-1", "/tp-cao-bang/ho-tich/", Name: "Hộ tịch", UnitName: "Bộ phận Một cửa UBND thành phố Cao Bằng"),
            new("P", CodeKind.Procedure, StatsSamples.Unit, "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "to", "/p.html", Name: "Đăng ký khai sinh"),
        ];

        var html = StatsPageRenderer.Render(UnitStats.Build(StatsSamples.Unit, set, registry, 0, StatsSamples.Now));

        Assert.Contains("<td>Đăng ký khai sinh</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Hộ tịch</td>", html, StringComparison.Ordinal);
        Assert.Contains("mức độ hài lòng – Bộ phận Một cửa UBND thành phố Cao Bằng</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>ho-tich/dang-ky-khai-sinh</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Counter_options_are_summed_per_index_over_days()
    {
        var set = new RollupSet();
        set.Add(StatsSamples.Answer("quay-1", Day, 0));
        set.Add(StatsSamples.Answer("quay-1", Day.AddDays(1), 0));
        set.Add(StatsSamples.Answer("quay-1", Day.AddDays(2), 2));
        set.Add(StatsSamples.Answer("quay-1", Day.AddDays(2), 2, misuse: true));

        var counter = Assert.Single(UnitStats.Build(StatsSamples.Unit, set, [], 0, StatsSamples.Now).Counters);

        Assert.Equal(new[] { 2L, 0L, 1L }, counter.Options);
        Assert.Equal((3L, 1L), (counter.Answers, counter.Misuse));
    }
}
