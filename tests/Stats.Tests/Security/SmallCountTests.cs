using System.Text;
using MotCua.Domain.Privacy;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests.Security;

/// <summary>
/// An office officer reads the open data to find out who complained: a counter's day with two answers, or the
/// difference between two publications a quarter of an hour apart. Neither may show fewer than five answers.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SmallCountTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero); // 09:00 in Vietnam

    [Fact]
    public async Task A_counter_day_below_five_answers_is_in_no_published_figure_and_one_of_five_is_in_all()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(41);
        const string unit = "tp-cao-bang";
        // quay-1: 2 answers (one a complaint) on the 18th; quay-2: 5 on the 18th; quay-3: 4 and a misuse on the 19th.
        var rows = new[] { ("quay-1", 2, 0), ("quay-2", 5, 0) }.SelectMany(c => Enumerable.Range(0, c.Item2).Select(i => StatsEntities.Answer(random, Day.AddMinutes(i), misuse: false, unit, c.Item1)))
            .Concat(Enumerable.Range(0, 4).Select(i => StatsEntities.Answer(random, Day.AddDays(1).AddMinutes(i), misuse: false, unit, "quay-3")))
            .Append(StatsEntities.Answer(random, Day.AddDays(1), misuse: true, unit, "quay-3"))
            .Append(StatsEntities.Tally(Day, unit, 2));
        await StatsEntities.InsertAsync(storage.Surveys, rows);

        await storage.Runner(new FakeTimeProvider(Day.AddDays(3))).RunOnceAsync(CancellationToken.None);

        var json = await storage.StatsJsonAsync(unit);
        var counters = json.GetProperty("counters").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("answers").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["quay-2"] = 5 }, counters);
        Assert.Equal(5, json.GetProperty("totals").GetProperty("survey_answers").GetInt64());
        Assert.Equal(0, json.GetProperty("totals").GetProperty("survey_misuse").GetInt64());
        Assert.Equal(5, json.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("answers").GetInt64()));
        var csv = await CsvAsync(storage, unit);
        Assert.DoesNotContain(",quay-1,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",quay-3,", csv, StringComparison.Ordinal);
        Assert.Contains(",quay-2,", csv, StringComparison.Ordinal);
        Assert.All(CounterAnswers(csv), n => Assert.True(n >= SmallCounts.MinAnswers, $"a counter line with {n} answers"));
    }

    [Fact]
    public async Task An_answer_today_changes_no_published_figure_until_the_day_has_ended()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(43);
        const string unit = "phuong-quan-thanh";
        await StatsEntities.InsertAsync(storage.Surveys, Enumerable.Range(0, 6).Select(i => StatsEntities.Answer(random, Day.AddMinutes(i), misuse: false, unit, "quay-1")));
        var clock = new FakeTimeProvider(Day.AddHours(3));
        var runner = storage.Runner(clock);
        await runner.RunOnceAsync(CancellationToken.None);
        var before = await SurveyFiguresAsync(storage, unit);

        // One more answer, then a publication a quarter of an hour later the same day.
        await StatsEntities.InsertAsync(storage.Surveys, [StatsEntities.Answer(random, Day.AddHours(3), misuse: false, unit, "quay-1")]);
        clock.Advance(TimeSpan.FromHours(2));
        await runner.RunOnceAsync(CancellationToken.None);
        var sameDay = await SurveyFiguresAsync(storage, unit);
        clock.Advance(TimeSpan.FromDays(1));
        await runner.RunOnceAsync(CancellationToken.None);
        var nextDay = await SurveyFiguresAsync(storage, unit);

        Assert.Equal("0", before);
        Assert.Equal(before, sameDay);
        Assert.Equal("7", nextDay);
    }

    private static async Task<string> SurveyFiguresAsync(StatsStorage storage, string unit) =>
        (await storage.StatsJsonAsync(unit)).GetProperty("totals").GetProperty("survey_answers").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> CsvAsync(StatsStorage storage, string unit) =>
        Encoding.UTF8.GetString((await storage.Web.GetBlobClient($"stats/{unit}/stats.csv").DownloadContentAsync(CancellationToken.None)).Value.Content.ToArray());

    /// <summary>The <c>answers</c> column of every counter line.</summary>
    private static IEnumerable<long> CounterAnswers(string csv)
    {
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var (row, answers) = (Array.IndexOf(header, "row"), Array.IndexOf(header, "answers"));
        return lines.Skip(1).Select(l => l.Split(',')).Where(f => f[row] == "counter").Select(f => long.Parse(f[answers], System.Globalization.CultureInfo.InvariantCulture));
    }
}
