using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>The page a citizen sees after answering a survey.</summary>
public static class SurveyThanksRenderer
{
    public static string Render(Unit unit)
    {
        var main = "<h1>Cảm ơn ông/bà đã góp ý</h1><p>Ý kiến của ông/bà giúp " + Html.Escape(unit.Name) +
            " phục vụ người dân tốt hơn.</p><p><a href=\"" + SitePaths.UnitHome(unit.Slug) + "\">Xem các thủ tục hành chính</a></p>";
        return PageShell.Render(new PageHead("Cảm ơn ông/bà đã góp ý", unit.Name), unit.Name, [PageShell.Home, new(unit.Name, SitePaths.UnitHome(unit.Slug))],
            main, PageShell.UnitFooter(unit), "<script>" + Surveys.SurveyScript.ThanksSource + "</script>");
    }
}
