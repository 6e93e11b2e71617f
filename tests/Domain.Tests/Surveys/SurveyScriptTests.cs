using System.Text;
using AngleSharp.Html.Parser;
using MotCua.Domain.Surveys;
using MotCua.TestSupport.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public class SurveyScriptTests
{
    [Fact]
    public void The_script_fits_in_two_kilobytes()
    {
        Assert.InRange(Encoding.UTF8.GetByteCount(SurveyScript.Source), 1, SurveyScript.MaxBytes);
    }

    [Fact]
    public void The_script_finds_the_form_and_status_the_renderer_writes()
    {
        var unit = SurveySamples.Catalog.Units[0];
        var document = new HtmlParser().ParseDocument(SurveyFormRenderer.Render(new SurveyFormModel(unit, unit.Counters[0])));

        foreach (var id in new[] { "survey-form", "survey-status" })
        {
            Assert.Contains($"getElementById('{id}')", SurveyScript.Source, StringComparison.Ordinal);
            Assert.NotNull(document.GetElementById(id));
        }

        Assert.Contains("elements.client_id", SurveyScript.Source, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("input[type=hidden][name=client_id]"));
    }

    [Fact]
    public void The_script_and_the_thank_you_page_use_the_same_storage_key_and_channel_header()
    {
        Assert.Contains($"'{SurveyScript.PendingKey}'", SurveyScript.Source, StringComparison.Ordinal);
        Assert.Contains($"'{SurveyScript.PendingKey}'", SurveyScript.ThanksSource, StringComparison.Ordinal);
        Assert.Contains($"'{SurveyScript.ChannelHeader}':'script'", SurveyScript.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_cannot_end_its_own_script_element()
    {
        Assert.DoesNotContain("</", SurveyScript.Source, StringComparison.Ordinal);
    }
}
