using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Storage.Tables;

namespace MotCua.Browser.Tests;

/// <summary>A citizen at a counter scans its QR code and answers the survey, with or without JavaScript.</summary>
[Collection(SiteCollection.Name)]
public sealed class SurveyTests
{
    private readonly SiteFixture _site;

    public SurveyTests(SiteFixture site) => _site = site;

    [Theory]
    [InlineData(false, "form", 1)]
    [InlineData(true, "script", 0)]
    public async Task ACounterQrOpensTheSurveyAndTheAnswerIsRecorded(bool javaScript, string channel, int option)
    {
        var counter = _site.FirstCode(CodeKind.Counter);
        var comment = $"Cán bộ hướng dẫn tận tình ({channel})";
        await using var context = await _site.Chromium.NewPhoneContextAsync(javaScript);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_site.BaseAddress, SitePaths.Scan(counter.Code)).ToString());
        await PageAssert.ShowsAsync(page, counter.Path);
        await page.Locator($"input[name=option][value=\"{option}\"]").CheckAsync();
        await page.Locator("textarea[name=comment]").FillAsync(comment);
        await page.Locator("form button[type=submit], form input[type=submit]").First.ClickAsync();

        await page.WaitForURLAsync(new Uri(_site.BaseAddress, SitePaths.SurveyThanks(counter.Unit)).ToString());
        var recorded = await FindAnswerAsync(comment);
        Assert.NotNull(recorded);
        Assert.Equal(option, recorded.GetInt32("Option"));
        Assert.Equal(channel, recorded.GetString("Channel"));
    }

    private async Task<TableEntity?> FindAnswerAsync(string comment)
    {
        var surveys = new TableServiceClient(_site.ConnectionString).GetTableClient("surveys");
        var today = VietnamTime.DateKey(DateTimeOffset.UtcNow);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {today}");
        await foreach (var entity in surveys.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: null, CancellationToken.None))
        {
            if (string.Equals(entity.GetString("Comment"), comment, StringComparison.Ordinal))
            {
                return entity;
            }
        }

        return null;
    }
}
