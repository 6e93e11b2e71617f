using System.Text;
using System.Text.Json;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests.Slips;

/// <summary>
/// Slip answers and printed batches, written as the slip endpoint and <c>publisher slips</c> write them, counted by
/// the statistics run and published per ended month, apart from the open counter answers.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SlipStatisticsTests(AzuriteFixture azurite)
{
    private const string Unit = "tp-cao-bang";
    private const string SmallUnit = "phuong-quan-thanh";

    /// <summary>October 2026, Vietnam-local; runs happen during it and after it.</summary>
    private static readonly DateTimeOffset October = new(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task An_ended_month_publishes_handed_out_answered_rate_ratings_and_reasons_counted_once_over_several_runs()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        await SlipRows.BatchAsync(storage, Unit, new DateOnly(2026, 10, 2), "a", 24);
        await SlipRows.BatchAsync(storage, Unit, new DateOnly(2026, 10, 20), "b", 24);
        await SlipRows.BatchAsync(storage, SmallUnit, new DateOnly(2026, 10, 3), "a", 14);
        foreach (var day in new[] { 4, 6, 7 })
        {
            await SlipRows.AnswerAsync(storage, SmallUnit, October.AddDays(day - 1).AddHours(9), 0, "");
        }

        var clock = new FakeTimeProvider(October.AddDays(1));
        var runner = storage.Runner(clock);
        // Seven answers of the office over the month, counted by runs in between; three of the small office.
        (int Day, int Option, string Reasons)[] answers =
            [(3, 0, ""), (5, 1, ""), (9, 2, "thoi-gian-cho,di-lai"), (12, 1, ""), (18, 0, ""), (25, 2, "thoi-gian-cho"), (30, 1, "")];
        foreach (var (day, option, why) in answers)
        {
            await SlipRows.AnswerAsync(storage, Unit, October.AddDays(day - 1).AddHours(10), option, why);
            clock.SetUtcNow(October.AddDays(day - 1).AddHours(13));
            await runner.RunOnceAsync(CancellationToken.None);
        }

        // A November answer: its month has not ended, so it is in no published figure yet.
        await SlipRows.AnswerAsync(storage, Unit, October.AddMonths(1).AddHours(8), 2, "thai-do");
        clock.SetUtcNow(October.AddMonths(1).AddHours(12));
        await runner.RunOnceAsync(CancellationToken.None);
        await runner.RunOnceAsync(CancellationToken.None);

        var json = await storage.StatsJsonAsync(Unit);
        var month = Assert.Single(json.GetProperty("slip_months").EnumerateArray());
        Assert.Equal("2026-10", month.GetProperty("month").GetString());
        Assert.Equal(48, month.GetProperty("handed_out").GetInt64());
        Assert.Equal(7, month.GetProperty("answers").GetInt64());
        Assert.Equal(0.146, month.GetProperty("response_rate").GetDouble());
        Assert.Equal([2L, 3L, 2L], month.GetProperty("options").EnumerateArray().Select(o => o.GetInt64()));
        Assert.Equal(0.714, month.GetProperty("not_unsatisfied_share").GetDouble());
        var reasons = month.GetProperty("reasons");
        Assert.Equal(JsonValueKind.Null, reasons.GetProperty("thoi-gian-cho").ValueKind);
        Assert.Equal(0, reasons.GetProperty("thai-do").GetInt64());
        // Never mixed: the slips are in none of the counter survey's figures.
        Assert.Equal(0, json.GetProperty("totals").GetProperty("survey_answers").GetInt64());
        Assert.Empty(json.GetProperty("open_months").EnumerateArray());

        var small = Assert.Single((await storage.StatsJsonAsync(SmallUnit)).GetProperty("slip_months").EnumerateArray());
        Assert.Equal((14, JsonValueKind.Null, JsonValueKind.Null), (small.GetProperty("handed_out").GetInt64(), small.GetProperty("answers").ValueKind, small.GetProperty("options").ValueKind));
    }

    [Fact]
    public async Task The_page_shows_both_surveys_side_by_side_and_says_it_is_not_the_official_index()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        await SlipRows.BatchAsync(storage, Unit, new DateOnly(2026, 10, 2), "a", 21);
        for (var i = 0; i < 6; i++)
        {
            await SlipRows.AnswerAsync(storage, Unit, October.AddDays(3).AddHours(9 + i), i % 2, "");
            await storage.Surveys.AddEntityAsync(StatsEntities.Answer(new Random(i), October.AddDays(5).AddHours(9 + i), misuse: false, unit: Unit, counter: "quay-1"), CancellationToken.None);
        }

        await storage.Runner(new FakeTimeProvider(October.AddMonths(1).AddHours(12))).RunOnceAsync(CancellationToken.None);

        var page = await storage.Web.GetBlobClient($"stats/{Unit}/index.html").DownloadContentAsync(CancellationToken.None);
        var html = Encoding.UTF8.GetString(MotCua.Domain.Pages.Gzip.Decompress(page.Value.Content.ToArray()));
        Assert.Contains("không phải Chỉ số phục vụ người dân, doanh nghiệp chính thức theo Quyết định số 766/QĐ-TTg", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>10/2026</td><td class=\"n\">21</td><td class=\"n\">6</td><td class=\"n\">29%</td><td class=\"n\">100%</td><td class=\"n\">6</td><td class=\"n\">không tính được</td>", html, StringComparison.Ordinal);
        var csv = await storage.Web.GetBlobClient($"stats/{Unit}/surveys.csv").DownloadContentAsync(CancellationToken.None);
        var lines = Encoding.UTF8.GetString(csv.Value.Content.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["2026-10", Unit, "slip", "21", "6", "0.286", "1.000"], lines[1].Split(',').Take(7));
        Assert.Equal(["2026-10", Unit, "open", "", "6", ""], lines[2].Split(',').Take(6));
    }
}
