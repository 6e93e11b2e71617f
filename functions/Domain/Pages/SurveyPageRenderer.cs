using System.Text;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Pages;

/// <summary>
/// A counter's satisfaction survey (what the counter's QR opens). A plain HTML form that works without JavaScript;
/// its field names are the contract with <c>POST /api/survey</c>.
/// </summary>
public static class SurveyPageRenderer
{
    public const string Action = SurveyFormRenderer.Action;
    public const int CommentMaxLength = SurveyLimits.MaxCommentLength;

    /// <summary>Answers, by the index posted as <c>option</c>.</summary>
    public static readonly IReadOnlyList<string> Options = SurveyChoices.Options;

    /// <summary>Reasons a citizen may tick, by the key posted as <c>reasons</c>.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Reasons = [.. SurveyChoices.Reasons.Select(r => (r.Key, r.Label))];

    public static string Render(SurveyPage page)
    {
        var (unit, counter) = (page.Unit, page.Counter);
        // The same form the survey endpoint sends back with messages, listing the procedures served here.
        var surveyUnit = new SurveyUnit(unit.Slug, unit.Name, [.. unit.Counters.Select(c => new SurveyCounter(c.Slug, c.Name))],
            [.. page.Procedures.SelectMany(p => p.Sheets.Select(s => new SurveyProcedure(s.Key, s.Title, p.Field.Name)))]);
        var main = new StringBuilder(4096);
        main.Append("<h1>Đánh giá mức độ hài lòng</h1><p>").Append(Html.Escape(counter.Name)).Append("</p>")
            .Append(SurveyFormRenderer.Render(new SurveyFormModel(surveyUnit, new SurveyCounter(counter.Slug, counter.Name))));
        var head = new PageHead($"Đánh giá – {counter.Name}", $"Góp ý về chất lượng phục vụ tại {unit.Name}");
        return PageShell.Render(head, unit.Name, [PageShell.Home, new(unit.Name, SitePaths.UnitHome(unit.Slug))], main.ToString(), PageShell.UnitFooter(unit),
            "<script>" + SurveyScript.Source + "</script>");
    }
}
