using System.Text;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Surveys;

/// <summary>
/// The survey's published pages, in the unit's page frame: a counter's form (what the counter's QR opens) and the
/// thank-you page <c>POST /api/survey</c> redirects to. The form is plain HTML that works without JavaScript;
/// its field names are the contract with the endpoint.
/// </summary>
public static class SurveyPageRenderer
{
    /// <summary>A counter's survey page, listing the procedures served at that counter.</summary>
    public static string Render(SurveyPage page)
    {
        var (unit, counter) = (page.Unit, page.Counter);
        // The same form the survey endpoint sends back with messages.
        var surveyUnit = new SurveyUnit(unit.Slug, unit.Name, [.. unit.Counters.Select(c => new SurveyCounter(c.Slug, c.Name))],
            [.. page.Procedures.SelectMany(p => p.Sheets.Select(s => new SurveyProcedure(s.Key, s.Title, p.Field.Name)))]);
        var main = new StringBuilder(4096);
        main.Append("<h1>Đánh giá mức độ hài lòng</h1><p>").Append(Html.Escape(counter.Name)).Append("</p>")
            .Append(SurveyFormRenderer.Render(new SurveyFormModel(surveyUnit, new SurveyCounter(counter.Slug, counter.Name))));
        return UnitPage(unit, new PageHead($"Đánh giá – {counter.Name}", $"Góp ý về chất lượng phục vụ tại {unit.Name}"), main.ToString(), SurveyScript.Source);
    }

    /// <summary>The page a citizen sees after answering; its script forgets the answer kept for re-sending.</summary>
    public static string RenderThanks(Unit unit)
    {
        var main = "<h1>Cảm ơn ông/bà đã góp ý</h1><p>Ý kiến của ông/bà giúp " + Html.Escape(unit.Name) +
            " phục vụ người dân tốt hơn.</p><p><a href=\"" + SitePaths.UnitHome(unit.Slug) + "\">Xem các thủ tục hành chính</a></p>";
        return UnitPage(unit, new PageHead("Cảm ơn ông/bà đã góp ý", unit.Name), main, SurveyScript.ThanksSource);
    }

    private static string UnitPage(Unit unit, PageHead head, string main, string script) =>
        PageShell.Render(head, unit.Name, [PageShell.Home, new(unit.Name, SitePaths.UnitHome(unit.Slug))], main, PageShell.UnitFooter(unit),
            "<script>" + script + "</script>", PageShell.MergedNotice(unit));
}
