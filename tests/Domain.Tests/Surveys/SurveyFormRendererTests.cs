using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MotCua.Domain.Surveys;
using MotCua.TestSupport;
using MotCua.TestSupport.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public class SurveyFormRendererTests
{
    private static readonly SurveyUnit Unit = SurveySamples.Catalog.Units[0];

    private static IHtmlFormElement Form(SurveyFormModel model)
    {
        var document = new HtmlParser().ParseDocument($"<!doctype html><html lang=\"vi\"><body>{SurveyFormRenderer.Render(model)}</body></html>");
        return Assert.IsAssignableFrom<IHtmlFormElement>(document.GetElementById("survey-form"));
    }

    [Fact]
    public void An_empty_form_posts_every_contract_field_to_the_survey_endpoint()
    {
        var form = Form(new SurveyFormModel(Unit, Unit.Counters[0]));

        Assert.Equal("post", form.Method);
        Assert.Equal("/api/survey", form.GetAttribute("action"));
        Assert.Equal("tp-cao-bang/quay-1", ((IHtmlInputElement)form.Elements["counter"]!).Value);
        Assert.Equal(["0", "1", "2"], form.QuerySelectorAll("input[name=option]").Select(e => e.GetAttribute("value")));
        Assert.Equal(4, form.QuerySelectorAll("input[name=reasons]").Length);
        foreach (var name in new[] { "comment", "procedure", "client_id", "website" })
        {
            Assert.NotNull(form.QuerySelector($"[name={name}]"));
        }
    }

    [Fact]
    public void A_script_tag_in_a_comment_is_shown_as_text_and_never_as_markup()
    {
        const string comment = "</textarea><script>alert('x')</script>\"'&";
        var form = Form(new SurveyFormModel(Unit, Unit.Counters[0]) { Values = new SurveyFormValues { Comment = comment } });

        Assert.Equal(comment, ((IHtmlTextAreaElement)form.Elements["comment"]!).Value);
        Assert.Empty(form.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>", SurveyFormRenderer.Render(new SurveyFormModel(Unit, Unit.Counters[0]) { Values = new SurveyFormValues { Comment = comment } }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_sent_back_submits_exactly_what_was_typed()
    {
        var values = new SurveyFormValues
        {
            Option = "2", Reasons = ["thoi-gian-cho", "co-so-vat-chat"], Comment = "Chờ hơi lâu 😅\nnhưng cán bộ nhiệt tình",
            Procedure = SurveySamples.Procedure, ClientId = "abcdefABCDEF0123456789",
        };
        var form = Form(new SurveyFormModel(Unit, Unit.Counters[0]) { Values = values });

        var body = Encoding.UTF8.GetBytes(FormBody(form));
        var answer = SurveyForm.Parse(body, SurveySamples.Catalog).Answer;

        Assert.NotNull(answer);
        Assert.Equal((2, "thoi-gian-cho,co-so-vat-chat", values.Comment, values.Procedure, values.ClientId, "quay-1"),
            (answer.Option, string.Join(',', answer.Reasons), answer.Comment, answer.Procedure, answer.ClientId, answer.Counter));
    }

    [Fact]
    public void Each_message_sits_beside_its_field_and_in_the_summary()
    {
        var form = Form(new SurveyFormModel(Unit, Unit.Counters[0]) { Errors = [new("comment", "Quá dài <500>")] });
        var document = form.Owner!;

        Assert.Equal("Quá dài <500>", document.GetElementById("survey-error-comment")?.TextContent);
        Assert.Contains("Quá dài <500>", document.GetElementById("survey-errors")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("survey-error-comment", form.Elements["comment"]!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void The_rendered_form_matches_the_approved_file()
    {
        var html = SurveyFormRenderer.Render(new SurveyFormModel(Unit, Unit.Counters[1]) { Errors = [new("option", "Vui lòng chọn một mức.")] })
            .Replace("><", ">\n<", StringComparison.Ordinal) + "\n";

        Approval.Verify("Approved/survey-form.html", html);
    }

    /// <summary>What a browser sends for this form as it stands: checked boxes, selected option, text.</summary>
    private static string FormBody(IHtmlFormElement form)
    {
        var fields = new List<(string, string)>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add((input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add((input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add((area.Name!, area.Value.Replace("\n", "\r\n", StringComparison.Ordinal)));
                    break;
                case IHtmlSelectElement select:
                    fields.Add((select.Name!, select.Value ?? ""));
                    break;
            }
        }

        return SurveySamples.Body([.. fields]);
    }
}
