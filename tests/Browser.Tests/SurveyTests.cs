using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using Azure.Data.Tables;

namespace MotCua.Browser.Tests;

/// <summary>A citizen at a counter scans its QR code and answers the survey, with or without JavaScript.</summary>
[Collection(SiteCollection.Name)]
public sealed class SurveyTests
{
    private readonly SiteFixture _site;

    public SurveyTests(SiteFixture site) => _site = site;

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task ACounterQrOpensTheSurveyAndTheAnswerIsRecorded(bool javaScript, int option)
    {
        var counter = _site.FirstCode(CodeKind.Counter);
        var comment = $"Cán bộ hướng dẫn tận tình (JavaScript {(javaScript ? "on" : "off")})";
        await using var context = await _site.Chromium.NewPhoneContextAsync(javaScript);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_site.BaseAddress, SitePaths.Scan(counter.Code)).ToString());
        await PageAssert.ShowsAsync(page, counter.Path);
        await page.Locator($"input[name=option][value=\"{option}\"]").CheckAsync();
        await page.Locator("textarea[name=comment]").FillAsync(comment);
        await page.Locator("form button[type=submit], form input[type=submit]").First.ClickAsync();

        await page.WaitForURLAsync(new Uri(_site.BaseAddress, SitePaths.SurveyThanks(counter.Unit)).ToString(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        var recorded = await FindAnswerAsync(comment);
        Assert.NotNull(recorded);
        Assert.Equal(option, recorded.GetInt32("Option"));
        // Online, the answer is a plain form post either way; the script only adds a random client id.
        Assert.Equal("form", recorded.GetString("Channel"));
        // The script's client id keys the row (its hash, "c-…"); without it the visitor's window does ("v-…").
        // The id itself is never stored.
        Assert.StartsWith(javaScript ? "c-" : "v-", recorded.RowKey, StringComparison.Ordinal);
        Assert.False(recorded.ContainsKey("ClientId"));
    }

    [Fact]
    public async Task AnAnswerGivenOfflineIsKeptOnThePhoneAndSentWhenTheConnectionReturns()
    {
        var counter = _site.FirstCode(CodeKind.Counter);
        var comment = "Gửi khi có mạng " + Guid.NewGuid().ToString("N")[..6];
        await using var context = await _site.Chromium.NewPhoneContextAsync(true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_site.BaseAddress, SitePaths.Scan(counter.Code)).ToString());
        await page.Locator("input[name=option][value=\"1\"]").CheckAsync();
        await page.Locator("textarea[name=comment]").FillAsync(comment);

        await context.SetOfflineAsync(true);
        await page.Locator("form button[type=submit], form input[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator("#survey-status")).ToContainTextAsync("Chưa có mạng");
        Assert.Null(await FindAnswerAsync(comment));

        await context.SetOfflineAsync(false);
        TableEntity? recorded = null;
        for (var i = 0; i < 50 && recorded is null; i++)
        {
            await Task.Delay(200);
            recorded = await FindAnswerAsync(comment);
        }

        Assert.NotNull(recorded);
        Assert.Equal("script", recorded.GetString("Channel"));
        Assert.Equal(1, recorded.GetInt32("Option"));
    }

    private async Task<TableEntity?> FindAnswerAsync(string comment)
    {
        var surveys = new TableServiceClient(_site.ConnectionString).GetTableClient("surveys");
        // By the comment alone: the day partition the app chose depends on its clock, not the test's.
        var filter = TableClient.CreateQueryFilter($"Comment eq {comment}");
        if (!await TableExistsAsync(surveys))
        {
            return null;
        }

        await foreach (var entity in surveys.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: null, CancellationToken.None))
        {
            if (string.Equals(entity.GetString("Comment"), comment, StringComparison.Ordinal))
            {
                return entity;
            }
        }

        return null;
    }

    private static async Task<bool> TableExistsAsync(TableClient table)
    {
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>("PartitionKey eq 'none'", maxPerPage: 1, select: null, CancellationToken.None))
            {
                break;
            }

            return true;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }
}
