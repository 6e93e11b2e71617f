using Azure.Data.Tables;
using Microsoft.Playwright;
using MotCua.Browser.Tests.Harness;
using MotCua.Data;
using MotCua.Domain.Sheets;
using MotCua.Domain.Slips;
using MotCua.Publisher.Slips;

namespace MotCua.Browser.Tests;

/// <summary>A citizen scans the rating slip on a dossier receipt with a phone and answers it, JavaScript off.</summary>
[Collection(SiteCollection.Name)]
public sealed class SlipTests(SiteFixture site)
{
    private const string Unit = "phuong-thuc-phan";
    private const string UnitName = "Trung tâm Phục vụ hành chính công phường Thục Phán";

    [Fact]
    public async Task A_slip_is_answered_once_on_a_phone_sized_page_without_JavaScript()
    {
        var batch = SlipBatch.Create(Unit, UnitName, new DateOnly(2026, 11, 20), 1);
        var tables = new TableServiceClient(site.ConnectionString);
        await tables.GetTableClient(TableNames.Slips).CreateIfNotExistsAsync();
        await new SlipRecorder(tables).RecordAsync(batch, SlipLabelLayout.A4x24, CancellationToken.None);
        var slip = batch.Ids[0];
        var comment = "Phải quay lại lần hai " + Guid.NewGuid().ToString("N")[..6];
        await using var context = await site.Chromium.NewPhoneContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        var form = await page.GotoAsync(new Uri(site.BaseAddress, $"/p/{slip}").ToString());

        Assert.Equal(200, form!.Status);
        await Assertions.Expect(page.Locator("main > p").First).ToHaveTextAsync(UnitName);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the form fits a 360 px wide phone");
        await page.Locator("#slip-option-2").CheckAsync();
        await page.Locator("#slip-reason-di-lai").CheckAsync();
        await page.Locator("#slip-comment").FillAsync(comment);
        await page.Locator("form button[type=submit], form input[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(new Uri(site.BaseAddress, SitePaths.SurveyThanks(Unit)).ToString(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

        var answers = new List<TableEntity>();
        await foreach (var e in tables.GetTableClient(TableNames.SlipAnswers).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Unit} and Comment eq {comment}")))
        {
            answers.Add(e);
        }

        var answer = Assert.Single(answers);
        Assert.Equal((2, "di-lai"), (answer.GetInt32("Option"), answer.GetString("Reasons")));

        var again = await page.GotoAsync(new Uri(site.BaseAddress, $"/p/{slip}").ToString());
        Assert.Equal(410, again!.Status);
        await Assertions.Expect(page.Locator("#slip-used")).ToContainTextAsync("Mỗi phiếu chỉ đánh giá được một lần");
        Assert.Equal(0, await page.Locator("form").CountAsync());
    }
}
