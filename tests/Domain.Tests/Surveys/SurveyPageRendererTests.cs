using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.Domain.Tests.Pages;

namespace MotCua.Domain.Tests.Surveys;

public sealed class SurveyPageRendererTests
{
    private static readonly AngleSharp.Dom.IDocument Survey = SamplePages.Parse(SurveyPageRenderer.Render(
        PageModelFactory.Survey(SamplePages.CaoBang, SamplePages.CaoBang.FindCounter("quay-1")!)));

    [Fact]
    public void The_form_posts_the_contract_fields_to_the_survey_endpoint()
    {
        var form = Survey.QuerySelector("form")!;

        Assert.Equal(("post", "/api/survey"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal("tp-cao-bang/quay-1", form.QuerySelector("input[type=hidden][name=counter]")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[type=hidden][name=client_id]"));
        Assert.Equal(["0", "1", "2"], form.QuerySelectorAll("input[type=radio][name=option]").Select(i => i.GetAttribute("value") ?? "").ToArray());
        Assert.Equal(["thai-do", "thoi-gian-cho", "huong-dan", "co-so-vat-chat"],
            form.QuerySelectorAll("input[type=checkbox][name=reasons]").Select(i => i.GetAttribute("value") ?? "").ToArray());
        Assert.Equal("500", form.QuerySelector("textarea[name=comment]")?.GetAttribute("maxlength"));
    }

    [Fact]
    public void The_honeypot_is_hidden_from_people_and_autofill()
    {
        var honeypot = Survey.QuerySelector("input[name=website]")!;

        Assert.Equal(("off", "-1"), (honeypot.GetAttribute("autocomplete"), honeypot.GetAttribute("tabindex")));
        Assert.Equal("true", honeypot.ParentElement?.GetAttribute("aria-hidden"));
        // Off screen by a class: the pages' content policy allows no style attribute.
        Assert.Equal("hp", honeypot.ParentElement!.GetAttribute("class"));
        Assert.Contains(".hp{position:absolute;left:-9999px}", Survey.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_procedure_list_holds_only_the_fields_served_at_the_counter()
    {
        var groups = Survey.QuerySelectorAll("select[name=procedure] optgroup").Select(g => g.GetAttribute("label") ?? "").ToArray();

        Assert.Equal(["Hộ tịch", "Chứng thực", "Tư pháp – Nuôi con nuôi"], groups);
        Assert.Contains(Survey.QuerySelectorAll("option"), o => o.GetAttribute("value") == "tp-cao-bang/ho-tich/dang-ky-khai-sinh");
    }

    [Fact]
    public void The_thank_you_page_links_back_to_the_unit_and_forgets_the_answer_kept_for_resending()
    {
        var thanks = SamplePages.Parse(SurveyPageRenderer.RenderThanks(SamplePages.CaoBang));

        Assert.Equal("Cảm ơn ông/bà đã góp ý", thanks.QuerySelector("main h1")?.TextContent);
        Assert.Contains(thanks.QuerySelectorAll("main a"), a => a.GetAttribute("href") == SitePaths.UnitHome("tp-cao-bang"));
        Assert.Contains(thanks.QuerySelectorAll("script"), s => s.TextContent == SurveyScript.ThanksSource);
    }
}
