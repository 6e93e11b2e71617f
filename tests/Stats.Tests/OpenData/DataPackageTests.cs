using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Azure.Storage.Blobs.Models;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Stats.Tests.Slips;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests.OpenData;

/// <summary>
/// The published <c>datapackage.json</c> describes the files beside it: every resource exists, every CSV matches its
/// Table Schema, the licence is the office's, and the page names the same dataset in schema.org markup.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DataPackageTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset October = new(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task The_package_validates_against_the_csvs_it_describes_under_the_offices_licence()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var random = new Random(5);
        // Scans and counter answers of both sample offices, and rating slips of one, over October and into November.
        await StatsEntities.InsertAsync(storage.Scans, StatsEntities.Spread(October.AddDays(2), October.AddDays(33), 300).Select(at => StatsEntities.Scan(random, at)));
        await StatsEntities.InsertAsync(storage.Surveys, StatsEntities.Spread(October.AddDays(5).AddHours(8), October.AddDays(5).AddHours(12), 40)
            .Select(at => StatsEntities.Answer(random, at, misuse: false, counter: "quay-1")));
        await SlipRows.BatchAsync(storage, StatsEntities.Units[0], new DateOnly(2026, 10, 2), "a", 24);
        for (var i = 0; i < 6; i++)
        {
            await SlipRows.AnswerAsync(storage, StatsEntities.Units[0], October.AddDays(6 + i).AddHours(10), i % 3, i % 3 == 2 ? "di-lai" : "");
        }

        var registry = new ResolvedCodes([]) { Licenses = new Dictionary<string, string> { [StatsEntities.Units[1]] = "CC0-1.0" } };
        await storage.Web.GetBlobClient("_data/codes.json").UploadAsync(new BinaryData(JsonSerializer.SerializeToUtf8Bytes(registry, ResolvedCodesJsonContext.Default.ResolvedCodes)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, CancellationToken.None);

        await storage.Runner(new FakeTimeProvider(October.AddMonths(1).AddDays(3))).RunOnceAsync(CancellationToken.None);

        foreach (var (unit, license) in new[] { (StatsEntities.Units[0], "CC-BY-4.0"), (StatsEntities.Units[1], "CC0-1.0") })
        {
            var folder = $"stats/{unit}/";
            var package = JsonDocument.Parse(await DownloadAsync(storage, folder + "datapackage.json")).RootElement;
            Assert.Equal(license, Assert.Single(package.GetProperty("licenses").EnumerateArray()).GetProperty("name").GetString());
            var resources = package.GetProperty("resources").EnumerateArray().ToList();
            Assert.Equal(["stats.csv", "surveys.csv", "stats.json"], resources.Select(r => r.GetProperty("path").GetString()));
            foreach (var resource in resources)
            {
                var content = await DownloadAsync(storage, folder + resource.GetProperty("path").GetString());
                if (resource.TryGetProperty("schema", out var schema))
                {
                    Assert.True(Encoding.UTF8.GetString(content).Split("\r\n").Length > 2, $"{resource.GetProperty("path")} has data lines");
                    Assert.Empty(TableSchemaCheck.Problems(resource.GetProperty("path").GetString()!, schema, content));
                }
                else
                {
                    Assert.Equal("json", resource.GetProperty("format").GetString());
                    JsonDocument.Parse(content).Dispose();
                }
            }

            var page = await storage.Web.GetBlobClient(folder + "index.html").DownloadContentAsync(CancellationToken.None);
            var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(Gzip.Decompress(page.Value.Content.ToArray())));
            var markup = JsonDocument.Parse(Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']")).TextContent).RootElement;
            Assert.Equal(("https://schema.org", "Dataset"), (markup.GetProperty("@context").GetString(), markup.GetProperty("@type").GetString()));
            Assert.Equal(package.GetProperty("licenses")[0].GetProperty("path").GetString(), markup.GetProperty("license").GetString());
            Assert.Contains(markup.GetProperty("distribution").EnumerateArray(), d => d.GetProperty("contentUrl").GetString() == $"/{folder}surveys.csv");
        }
    }

    private static async Task<byte[]> DownloadAsync(StatsStorage storage, string name) =>
        (await storage.Web.GetBlobClient(name).DownloadContentAsync(CancellationToken.None)).Value.Content.ToArray();
}
