using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using MotCua.TestSupport;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Survey;

/// <summary>Storage stopped under a running handler: the citizen keeps the answer, nothing is stored half-way.</summary>
public sealed class SurveyOutageTests
{
    [Fact]
    public async Task With_storage_down_the_answer_gets_a_503_page_that_keeps_it_and_a_retry_later_stores_it_once()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        await using var site = await SurveyTestSite.StartAsync(azurite.ConnectionString, ("Survey:StorageTimeout", "00:00:02"));
        await WarmUpAsync(site);

        var id = Guid.NewGuid().ToString("N");
        const string comment = "Cán bộ <b>nhiệt tình</b>, chờ hơi lâu.";
        var body = Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(comment, id)));
        await azurite.StopAsync();

        using var down = await site.PostAsync(body);
        var html = await down.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("vui lòng bấm “Gửi ý kiến” lại", document.GetElementById("survey-unavailable")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(comment, document.GetElementById("survey-comment")?.TextContent);
        Assert.True(document.GetElementById("survey-option-1")?.HasAttribute("checked"));
        Assert.Equal(id, document.GetElementById("survey-client-id")?.GetAttribute("value"));

        // The emulator comes back empty, so this shows the retry works and is not doubled, not the outage.
        await azurite.RestartAsync();
        await SurveyTestSite.PublishCatalogAsync(azurite.ConnectionString);
        Assert.Empty(await site.StoredWithClientIdAsync(id));
        using var again = await site.PostAsync(body);
        using var twice = await site.PostAsync(body);

        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Single(await site.StoredWithClientIdAsync(id));
    }

    /// <summary>
    /// The first answers of a fresh worker pay for its start (and a loaded machine can make that outlast the short
    /// storage timeout this test sets), so the site is warmed until it stores an answer: the fact the test needs.
    /// </summary>
    private static async Task WarmUpAsync(SurveyTestSite site)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 5 && status != HttpStatusCode.SeeOther; attempt++)
        {
            using var warm = await site.PostAsync(SurveySamples.Valid(clientId: Guid.NewGuid().ToString("N")));
            status = warm.StatusCode;
        }

        Assert.Equal(HttpStatusCode.SeeOther, status);
    }
}
