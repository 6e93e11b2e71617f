using System.Net;
using AngleSharp.Html.Parser;
using MotCua.Domain.Slips;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Slips;

/// <summary>Storage stopped under a running handler: the citizen keeps the answer, the slip stays unused, a retry stores it once.</summary>
public sealed class SlipOutageTests
{
    [Fact]
    public async Task With_storage_down_the_answer_gets_a_503_page_that_keeps_it_and_a_later_retry_stores_it_once()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var batch = SlipBatch.Create(SlipSite.Unit, SlipSite.UnitName, new DateOnly(2026, 11, 18), 3);
        await SlipSite.RecordAsync(azurite.ConnectionString, batch);
        // Long enough for the retry's reads, table creation and transaction on a freshly restarted emulator of a busy machine.
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString, [KeyValuePair.Create("Slips:StorageTimeout", "00:00:05")]);
        var slip = batch.Ids[0];
        using (var form = await app.Client.GetAsync($"/p/{slip}"))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }

        const string comment = "Phải đi lại <b>ba lần</b>.";
        (string, string)[] fields = [("unit", SlipSite.Unit), ("option", "2"), ("reasons", "di-lai"), ("comment", comment)];
        await azurite.StopAsync();

        using var down = await app.Client.PostAsync($"/p/{slip}", SlipSite.Form(fields));
        using var scanDown = await app.Client.GetAsync($"/p/{slip}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("30", down.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, scanDown.StatusCode);
        var document = new HtmlParser().ParseDocument(await down.Content.ReadAsStringAsync());
        Assert.NotNull(document.GetElementById("slip-unavailable"));
        Assert.Equal(comment, document.GetElementById("slip-comment")?.TextContent);
        Assert.True(document.GetElementById("slip-option-2")?.HasAttribute("checked"));
        Assert.True(document.GetElementById("slip-reason-di-lai")?.HasAttribute("checked"));

        // The emulator comes back empty: record the batch again; the retry is stored, once.
        await azurite.RestartAsync();
        await SlipSite.RecordAsync(azurite.ConnectionString, batch);
        using var again = await app.Client.PostAsync($"/p/{slip}", SlipSite.Form(fields));
        using var twice = await app.Client.PostAsync($"/p/{slip}", SlipSite.Form(fields));

        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, twice.StatusCode);
    }
}
