using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Azure.Data.Tables;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Stats.Aggregation;
using MotCua.Stats.Pages;
using MotCua.Stats.Rollups;
using MotCua.TestSupport;
using MotCua.Data;

namespace MotCua.Stats.Tests.Pages;

[Collection(AzuriteCollection.Name)]
public sealed class StatsPublisherTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset MonthEnd = new(2026, 9, 30, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_page_json_and_csv_are_published_with_their_types_and_short_caching()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(MonthEnd.AddHours(-2), MonthEnd.AddHours(2), 50).Select(at => StatsEntities.Scan(new Random(1), at)));

        var report = await storage.Runner(new FakeTimeProvider(MonthEnd.AddHours(3))).RunOnceAsync(CancellationToken.None);

        var unit = Assert.Single(report.Publication!.Units);
        var page = await storage.Web.GetBlobClient($"stats/{unit}/index.html").DownloadContentAsync(CancellationToken.None);
        Assert.Equal(("text/html; charset=utf-8", "gzip", "public, max-age=300"), (page.Value.Details.ContentType, page.Value.Details.ContentEncoding, page.Value.Details.CacheControl));
        var html = Encoding.UTF8.GetString(Gzip.Decompress(page.Value.Content.ToArray()));
        Assert.StartsWith("<!doctype html><html lang=\"vi\">", html, StringComparison.Ordinal);
        var json = await storage.Web.GetBlobClient($"stats/{unit}/stats.json").GetPropertiesAsync(null, CancellationToken.None);
        Assert.Equal(("application/json; charset=utf-8", "public, max-age=300"), (json.Value.ContentType, json.Value.CacheControl));
        var csv = await storage.Web.GetBlobClient($"stats/{unit}/stats.csv").GetPropertiesAsync(null, CancellationToken.None);
        Assert.StartsWith("text/csv; charset=utf-8", csv.Value.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_kept_up_to_date_over_several_runs_equals_one_written_from_every_raw_event()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(4);
        var clock = new FakeTimeProvider(MonthEnd.AddDays(-1));
        var runner = storage.Runner(clock);
        foreach (var hours in new[] { -20, -3, 0, 5 })
        {
            var at = MonthEnd.AddHours(hours);
            await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(at.AddHours(-1), at.AddHours(1), 80).Select(t => StatsEntities.Scan(random, t)));
            clock.SetUtcNow(at.AddHours(2));
            Assert.Equal(AggregationOutcome.Counted, (await runner.RunOnceAsync(CancellationToken.None)).Aggregation.Outcome);
        }

        var raw = new RollupSet();
        foreach (var e in await StatsStorage.AllAsync(storage.Scans))
        {
            raw.Add(new ScanFact(e.GetString("Unit")!, DateOnly.ParseExact(e.GetString("LocalDate")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.GetString("Code")!, e.GetString("Kind")!, e.GetString("Target")!, e.GetString("Placement")!, e.GetString("Event") == "portal", e.GetBoolean("IsBot") == true));
        }

        foreach (var unit in raw.Units)
        {
            var published = await storage.Web.GetBlobClient($"stats/{unit}/stats.csv").DownloadContentAsync(CancellationToken.None);
            var expected = StatsCsvWriter.Write(raw.Codes.Where(d => d.Unit == unit), []);
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(published.Value.Content.ToArray()));
        }
    }

    [Fact]
    public async Task Registered_codes_never_scanned_are_listed_and_write_failures_are_counted()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var registry = new ResolvedCodes([new CodeEntry("ZZ9Z", CodeKind.Board, "xa-moi", "xa-moi/dat-dai", "bang-niem-yet", "/xa-moi/dat-dai/")]);
        await storage.Web.GetBlobClient("_data/codes.json").UploadAsync(
            new BinaryData(JsonSerializer.SerializeToUtf8Bytes(registry)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            CancellationToken.None);
        await storage.Tables.GetTableClient(TableNames.ScanFailures).UpsertEntityAsync(new TableEntity("20260930", "i-1") { ["Count"] = 12L }, TableUpdateMode.Replace, CancellationToken.None);

        await storage.Runner(new FakeTimeProvider(MonthEnd)).RunOnceAsync(CancellationToken.None);

        var json = await storage.StatsJsonAsync("xa-moi");
        var code = Assert.Single(json.GetProperty("codes").EnumerateArray());
        Assert.Equal(("ZZ9Z", "board", "xa-moi/dat-dai", "bang-niem-yet", 0L),
            (code.GetProperty("code").GetString(), code.GetProperty("kind").GetString(), code.GetProperty("target").GetString(), code.GetProperty("placement").GetString(), code.GetProperty("scans").GetInt64()));
        Assert.Equal(12, json.GetProperty("totals").GetProperty("scan_write_failures").GetInt64());
    }
}
