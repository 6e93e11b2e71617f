using System.Text.Json;
using Azure.Data.Tables;

namespace MotCua.Stats.Tests;

/// <summary>
/// The published figures counted the slow, obvious way: straight from every raw entity, with no
/// code from the aggregation. Every test compares what was published against this.
/// </summary>
internal sealed class BruteForce
{
    private readonly List<TableEntity> _scans;
    private readonly List<TableEntity> _answers;

    private BruteForce(List<TableEntity> scans, List<TableEntity> answers, string firstOpenDay)
    {
        _scans = scans;
        // Tally rows carry no unit; the open data shows only the answers of days that have ended, and of those only a
        // counter's days with at least five citizen answers.
        var rows = answers.Where(e => e.GetString("Unit") is not null).ToList();
        var released = rows.GroupBy(e => (e.GetString("Unit"), e.GetString("Counter"), e.GetString("LocalDate")))
            .Where(g => string.CompareOrdinal(g.Key.Item3, firstOpenDay) < 0 && g.Count(e => e.GetBoolean("Misuse") != true) >= 5);
        _answers = released.SelectMany(g => g).ToList();
        AllAnswers = rows;
    }

    /// <summary>Every answer row, published or not.</summary>
    public IReadOnlyList<TableEntity> AllAnswers { get; }

    public static async Task<BruteForce> CountAsync(StatsStorage storage)
    {
        var watermark = await storage.Tables.GetTableClient(MotCua.Data.TableNames.StatsState)
            .GetEntityIfExistsAsync<TableEntity>(MotCua.Data.Stats.WatermarkEntity.Partition, MotCua.Data.Stats.WatermarkEntity.Row);
        var through = watermark.HasValue ? watermark.Value!.GetInt64("Through") ?? 0 : 0;
        var firstOpenDay = new DateTimeOffset(through, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new(await StatsStorage.AllAsync(storage.Scans), await StatsStorage.AllAsync(storage.Surveys), firstOpenDay);
    }

    /// <summary>The units that have any scan or answer.</summary>
    public IReadOnlyList<string> Units =>
        _scans.Concat(AllAnswers).Select(e => e.GetString("Unit")!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Asserts every figure of a unit's stats.json against the raw entities.</summary>
    public void AssertPublished(string unit, JsonElement json, long scanWriteFailures = 0)
    {
        var scans = _scans.Where(e => e.GetString("Unit") == unit).ToList();
        var answers = _answers.Where(e => e.GetString("Unit") == unit).ToList();
        bool Scan(TableEntity e) => e.GetString("Event") == "scan";
        bool Bot(TableEntity e) => e.GetBoolean("IsBot") == true;
        bool Misuse(TableEntity e) => e.GetBoolean("Misuse") == true;

        var totals = json.GetProperty("totals");
        Assert.Equal(unit, json.GetProperty("unit").GetString());
        Assert.Equal(scans.Count(e => Scan(e) && !Bot(e)), totals.GetProperty("scans").GetInt64());
        Assert.Equal(scans.Count(e => Scan(e) && Bot(e)), totals.GetProperty("bot_scans").GetInt64());
        Assert.Equal(scans.Count(e => !Scan(e) && !Bot(e)), totals.GetProperty("portal_clicks").GetInt64());
        Assert.Equal(scans.Count(e => !Scan(e) && Bot(e)), totals.GetProperty("bot_portal_clicks").GetInt64());
        Assert.Equal(answers.Count(e => !Misuse(e)), totals.GetProperty("survey_answers").GetInt64());
        Assert.Equal(answers.Count(Misuse), totals.GetProperty("survey_misuse").GetInt64());
        Assert.Equal(scanWriteFailures, totals.GetProperty("scan_write_failures").GetInt64());

        var codes = json.GetProperty("codes").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("scans").GetInt64());
        var expectedCodes = scans.Where(e => Scan(e) && !Bot(e)).GroupBy(e => e.GetString("Code")!).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(expectedCodes.OrderBy(p => p.Key), codes.Where(p => p.Value > 0).OrderBy(p => p.Key));

        var counters = json.GetProperty("counters").EnumerateArray().ToDictionary(
            c => c.GetProperty("code").GetString()!,
            c => (Answers: c.GetProperty("answers").GetInt64(), Misuse: c.GetProperty("misuse").GetInt64(),
                Options: string.Join(',', c.GetProperty("options").EnumerateArray().Select(o => o.GetInt64()))));
        var expectedCounters = answers.GroupBy(e => e.GetString("Counter")!).ToDictionary(
            g => g.Key,
            g => (Answers: (long)g.Count(e => !Misuse(e)), Misuse: (long)g.Count(Misuse),
                Options: string.Join(',', Enumerable.Range(0, 3).Select(o => g.Count(e => !Misuse(e) && e.GetInt32("Option") == o)))));
        Assert.Equal(expectedCounters.OrderBy(p => p.Key), counters.OrderBy(p => p.Key));

        var days = json.GetProperty("days").EnumerateArray()
            .Select(d => (Date: d.GetProperty("date").GetString()!, Scans: d.GetProperty("scans").GetInt64(), Answers: d.GetProperty("answers").GetInt64()))
            .Where(d => d.Scans + d.Answers > 0).OrderBy(d => d.Date, StringComparer.Ordinal).ToList();
        var dates = scans.Select(e => e.GetString("LocalDate")!).Concat(answers.Select(e => e.GetString("LocalDate")!)).Distinct().Order(StringComparer.Ordinal);
        var expectedDays = dates
            .Select(date => (Date: date, Scans: (long)scans.Count(e => e.GetString("LocalDate") == date && Scan(e) && !Bot(e)), Answers: (long)answers.Count(e => e.GetString("LocalDate") == date && !Misuse(e))))
            .Where(d => d.Scans + d.Answers > 0).ToList();
        Assert.Equal(expectedDays, days);
    }
}
