using System.Text;
using AngleSharp.Html.Parser;
using MotCua.Domain.Pages;
using MotCua.Stats.Pages;
using MotCua.Stats.Rollups;
using MotCua.TestSupport;
using Xunit.Abstractions;

namespace MotCua.Stats.Tests.Pages;

public class StatsPageRendererTests(ITestOutputHelper output)
{
    private const int MaxGzipBytes = 30 * 1024;
    private static readonly DateOnly Day = new(2026, 11, 22);

    [Fact]
    public void A_year_of_a_large_office_fits_in_30_KB_gzipped()
    {
        var (rollups, registry) = StatsSamples.Large();
        var html = StatsPageRenderer.Render(UnitStats.Build(StatsSamples.Unit, rollups, registry, 12, StatsSamples.Now));

        // Compressed as the publisher compresses the page it uploads.
        var compressed = Gzip.Compress(Encoding.UTF8.GetBytes(html));

        output.WriteLine($"{html.Length} characters, {compressed.Length} bytes gzipped");
        Assert.InRange(compressed.Length, 1, MaxGzipBytes);
    }

    [Fact]
    public void The_page_is_Vietnamese_without_script_and_every_chart_has_a_caption_and_a_table()
    {
        var (rollups, registry) = StatsSamples.Large();
        var document = new HtmlParser().ParseDocument(StatsPageRenderer.Render(UnitStats.Build(StatsSamples.Unit, rollups, registry, 0, StatsSamples.Now)));

        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        // No script runs: the one script element is a JSON-LD data block (schema.org Dataset), which browsers never execute.
        Assert.Equal(["application/ld+json"], document.QuerySelectorAll("script").Select(s => s.GetAttribute("type")));
        var figures = document.QuerySelectorAll("figure");
        Assert.Equal(7, figures.Length);
        foreach (var figure in figures)
        {
            var svg = Assert.Single(figure.QuerySelectorAll("svg"));
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Equal(figure.QuerySelector("figcaption")!.Id, svg.GetAttribute("aria-labelledby"));
            Assert.NotNull(figure.QuerySelector("table"));
        }
    }

    [Fact]
    public void The_page_says_it_has_no_icon_so_no_phone_spends_a_request_on_favicon_ico()
    {
        var (rollups, registry) = StatsSamples.Large();
        var document = new HtmlParser().ParseDocument(StatsPageRenderer.Render(UnitStats.Build(StatsSamples.Unit, rollups, registry, 0, StatsSamples.Now)));

        Assert.Equal("data:,", document.QuerySelector("head link[rel=icon]")?.GetAttribute("href"));
    }

    [Fact]
    public void Thirty_days_of_scans_are_listed_by_day_with_their_counts()
    {
        var set = new RollupSet();
        set.Add(new CodeDay(StatsSamples.Unit, Day, "A") { Kind = "procedure", Scans = 1234 });
        set.Add(new CodeDay(StatsSamples.Unit, Day.AddDays(-29), "A") { Kind = "procedure", Scans = 5 });
        set.Add(new CodeDay(StatsSamples.Unit, Day.AddDays(-30), "A") { Kind = "procedure", Scans = 7 });
        var document = new HtmlParser().ParseDocument(StatsPageRenderer.Render(UnitStats.Build(StatsSamples.Unit, set, [], 0, StatsSamples.Now)));

        var rows = document.QuerySelectorAll("#d30 ~ details tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(["24/10/2026500", "22/11/20261.23400"], rows);
        Assert.Contains("tổng 1.239 lượt", document.GetElementById("d30")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("tổng 1.246 lượt", document.GetElementById("d90")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Satisfaction_shares_are_shown_from_five_answers_and_suppressed_below()
    {
        var set = new RollupSet();
        set.Add(new CounterDay(StatsSamples.Unit, Day, "quay-1") { Options = [3, 1, 0] });
        set.Add(new CounterDay(StatsSamples.Unit, Day, "quay-2") { Options = [1, 3, 1] });
        var document = new HtmlParser().ParseDocument(StatsPageRenderer.Render(UnitStats.Build(StatsSamples.Unit, set, [], 0, StatsSamples.Now)));

        var rows = document.QuerySelectorAll("#sat ~ table tbody tr")
            .Select(r => string.Join('|', r.QuerySelectorAll("td").Select(c => c.TextContent))).ToList();
        Assert.Equal(["Toàn đơn vị|9|44%|44%|11%", "quay-2|5|20%|60%|20%", "quay-1|4|–|–|–"], rows);
    }

    [Fact]
    public void Text_from_the_data_is_escaped()
    {
        var set = new RollupSet();
        set.Add(new CodeDay("<u>", Day, "<b>X") { Kind = "procedure", Target = "u/<i>f</i>/s", Placement = "<script>", Scans = 3 });
        set.Add(new CounterDay("<u>", Day, "\"><img src=x>") { Options = [5, 0, 0] });
        var html = StatsPageRenderer.Render(UnitStats.Build("<u>", set, [], 0, StatsSamples.Now));

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("b, i, img, u, script:not([type='application/ld+json'])"));
        Assert.Contains("&lt;b&gt;X", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<", document.QuerySelector("script")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_unit_renders_as_the_approved_page()
    {
        var set = new RollupSet();
        set.Add(new CodeDay(StatsSamples.Unit, Day, "HT2K") { Kind = "procedure", Target = "tp-cao-bang/ho-tich/dang-ky-khai-sinh", Placement = "to-thu-tuc", Scans = 12, BotScans = 2, PortalClicks = 3 });
        set.Add(new CodeDay(StatsSamples.Unit, Day.AddDays(-1), "BHT1") { Kind = "board", Target = "tp-cao-bang/ho-tich", Placement = "bang-niem-yet", Scans = 7 });
        set.Add(new CounterDay(StatsSamples.Unit, Day, "quay-1") { Options = [3, 6, 1], Misuse = 1 });
        set.Add(new CounterDay(StatsSamples.Unit, Day, "quay-2") { Options = [1, 2, 0] });
        var october = new DateOnly(2026, 10, 1);
        var stats = UnitStats.Build(StatsSamples.Unit, set, [], 2, StatsSamples.Now) with
        {
            SlipMonths =
            [
                new SlipMonthStats(october.AddMonths(-1), 48, null, null, null),
                new SlipMonthStats(october, 72, 40, [12, 20, 8], [("thoi-gian-cho", 6), ("giay-to-thua", null), ("di-lai", 5), ("thai-do", 0), ("khac", null)]),
            ],
            OpenMonths = [new OpenMonthStats(october, 25, [10, 14, 1])],
        };
        var html = StatsPageRenderer.Render(stats);

        Approval.Verify("Approved/stats-page.html", html);
    }
}
