using AngleSharp.Html.Parser;
using MotCua.Domain.Surveys;
using MotCua.TestSupport.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public class SurveyReplyPageRendererTests
{
    private static readonly SurveyUnit Unit = SurveySamples.Catalog.Units[0];

    [Fact]
    public void The_unavailable_page_is_Vietnamese_asks_to_try_again_and_keeps_the_comment()
    {
        var html = SurveyReplyPageRenderer.Render(SurveyReplyKind.Unavailable, Unit, Unit.Counters[0], new SurveyFormValues { Comment = "Rất tốt", Option = "0" }, []);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("vui lòng bấm “Gửi ý kiến” lại", document.GetElementById("survey-unavailable")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rất tốt", document.GetElementById("survey-comment")?.TextContent);
        Assert.True(document.QuerySelector("#survey-option-0")?.HasAttribute("checked"));
    }

    [Fact]
    public void With_no_known_counter_the_page_still_shows_the_reason_and_the_comment_escaped()
    {
        var html = SurveyReplyPageRenderer.Render(SurveyReplyKind.Invalid, null, null, new SurveyFormValues { Comment = "<script>alert(1)</script>" }, [new("counter", "Quầy không có.")]);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", document.GetElementById("survey-comment")?.TextContent);
        Assert.Contains("Quầy không có.", document.GetElementById("survey-errors")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_the_form_carries_the_page_script_once()
    {
        var html = SurveyReplyPageRenderer.Render(SurveyReplyKind.Invalid, Unit, Unit.Counters[0], new SurveyFormValues(), [new("option", "Chọn một mức.")]);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(SurveyScript.Source, Assert.Single(document.QuerySelectorAll("script")).TextContent);
    }
}
