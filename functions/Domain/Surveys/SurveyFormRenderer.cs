using System.Globalization;
using System.Text;
using static MotCua.Domain.Pages.Html;

namespace MotCua.Domain.Surveys;

/// <summary>What the survey form shows: the counter, what was typed, and what was wrong with it.</summary>
public sealed record SurveyFormModel(SurveyUnit Unit, SurveyCounter Counter)
{
    public SurveyFormValues Values { get; init; } = new();
    public IReadOnlyList<SurveyFieldError> Errors { get; init; } = [];
}

/// <summary>
/// Writes the survey <c>&lt;form&gt;</c>, empty on the static page or filled in again with messages
/// when an answer is sent back. Every value is HTML-escaped. Ids are stable for tests and the script:
/// <c>survey-form</c>, <c>survey-option-N</c>, <c>survey-reason-KEY</c>, <c>survey-comment</c>,
/// <c>survey-procedure</c>, <c>survey-client-id</c>, <c>survey-website</c>, <c>survey-submit</c>,
/// <c>survey-status</c>, <c>survey-errors</c>, <c>survey-error-FIELD</c>.
/// </summary>
public static class SurveyFormRenderer
{
    /// <summary>Where the form posts (<c>POST /api/survey</c>).</summary>
    public const string Action = "/api/survey";

    /// <summary>
    /// Rules for the form, for the page's inline style sheet; optional, since the honeypot hides itself
    /// with an inline style and everything else is plain HTML.
    /// </summary>
    public const string Css =
        ".survey-error{color:#a00;font-weight:bold}#survey-errors{border:2px solid #a00;padding:.5em 1em}" +
        "fieldset{border:0;padding:0;margin:1em 0}label{display:block;padding:.4em 0}" +
        "textarea,select{width:100%;box-sizing:border-box;font:inherit}button{font:inherit;padding:.6em 1.5em}" + HoneypotCss;

    /// <summary>Moves the honeypot off screen: a class, since the pages' content policy allows no style attribute.</summary>
    public const string HoneypotCss = ".hp{position:absolute;left:-9999px}";

    /// <summary>The one line above the comment box that asks for no personal details, with the privacy notice's link.</summary>
    public const string PersonalDetailsHint =
        "<p id=\"survey-privacy\">Xin đừng ghi họ tên, số điện thoại, số giấy tờ hay email; nếu có, hệ thống sẽ che đi trước khi lưu " +
        "(<a href=\"" + Sheets.SitePaths.Privacy + "\">chính sách dữ liệu</a>).</p>";

    /// <summary>Opens the box that lists every message at the top, which the script and tests find by its id.</summary>
    internal const string ErrorsStart = "<div id=\"survey-errors\" role=\"alert\">";

    public static string Render(SurveyFormModel model)
    {
        var v = model.Values;
        var h = new StringBuilder(2048);
        Errors(h, model.Errors);
        h.Append($"<form id=\"survey-form\" method=\"post\" action=\"{Action}\" accept-charset=\"utf-8\">")
         .Append($"<input type=\"hidden\" id=\"survey-counter\" name=\"counter\" value=\"{Escape(model.Unit.Unit)}/{Escape(model.Counter.Slug)}\">")
         .Append($"<input type=\"hidden\" id=\"survey-client-id\" name=\"client_id\" value=\"{Escape(v.ClientId)}\">");

        h.Append($"<fieldset{Described(model, "option")}><legend>{Escape(SurveyChoices.Question)}</legend>");
        FieldError(h, model, "option");
        for (var i = 0; i < SurveyChoices.Options.Count; i++)
        {
            var value = i.ToString(CultureInfo.InvariantCulture);
            h.Append($"<label><input type=\"radio\" id=\"survey-option-{value}\" name=\"option\" value=\"{value}\" required{Checked(v.Option == value)}> {Escape(SurveyChoices.Options[i])}</label>");
        }

        h.Append($"</fieldset><fieldset{Described(model, "reasons")}><legend>Lý do (có thể chọn nhiều, không bắt buộc)</legend>");
        FieldError(h, model, "reasons");
        foreach (var reason in SurveyChoices.Reasons)
        {
            h.Append($"<label><input type=\"checkbox\" id=\"survey-reason-{reason.Key}\" name=\"reasons\" value=\"{reason.Key}\"{Checked(v.Reasons.Contains(reason.Key, StringComparer.Ordinal))}> {Escape(reason.Label)}</label>");
        }

        h.Append("</fieldset>");
        if (model.Unit.Procedures.Count > 0 || v.Procedure.Length > 0)
        {
            h.Append("<label for=\"survey-procedure\">Thủ tục ông/bà đến làm (không bắt buộc)</label>");
            FieldError(h, model, "procedure");
            h.Append($"<select id=\"survey-procedure\" name=\"procedure\"{Described(model, "procedure")}><option value=\"\">— Không chọn —</option>");
            foreach (var group in model.Unit.Procedures.GroupBy(p => p.Field, StringComparer.Ordinal))
            {
                h.Append($"<optgroup label=\"{Escape(group.Key)}\">");
                foreach (var p in group)
                {
                    h.Append($"<option value=\"{Escape(p.Key)}\"{(p.Key == v.Procedure ? " selected" : "")}>{Escape(p.Title)}</option>");
                }

                h.Append("</optgroup>");
            }

            h.Append("</select>");
        }

        h.Append($"<label for=\"survey-comment\">Ý kiến khác (không bắt buộc, tối đa {SurveyLimits.MaxCommentLength} ký tự)</label>");
        FieldError(h, model, "comment");
        h.Append(PersonalDetailsHint);
        h.Append($"<textarea id=\"survey-comment\" name=\"comment\" rows=\"4\" maxlength=\"{SurveyLimits.MaxCommentLength}\"{Described(model, "comment")}>{Escape(v.Comment)}</textarea>")
         .Append("<div class=\"hp\" aria-hidden=\"true\"><label for=\"survey-website\">Không điền vào ô này</label>")
         .Append("<input type=\"text\" id=\"survey-website\" name=\"website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"></div>")
         .Append("<p><button type=\"submit\" id=\"survey-submit\">Gửi ý kiến</button></p>")
         .Append("<p id=\"survey-status\" role=\"status\"></p></form>");
        return h.ToString();
    }

    private static void Errors(StringBuilder h, IReadOnlyList<SurveyFieldError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        h.Append(ErrorsStart).Append("<p>Ý kiến chưa được gửi vì:</p>");
        ErrorList(h, errors.Select(e => e.Message));
        h.Append("</div>");
    }

    /// <summary>Messages as a list, escaped; inside <see cref="ErrorsStart"/> here and on the reply page without a form.</summary>
    internal static void ErrorList(StringBuilder h, IEnumerable<string> messages)
    {
        h.Append("<ul>");
        foreach (var message in messages)
        {
            h.Append($"<li>{Escape(message)}</li>");
        }

        h.Append("</ul>");
    }

    private static void FieldError(StringBuilder h, SurveyFormModel model, string field)
    {
        var messages = model.Errors.Where(e => e.Field == field).Select(e => Escape(e.Message)).ToList();
        if (messages.Count > 0)
        {
            h.Append($"<p class=\"survey-error\" id=\"survey-error-{field}\">{string.Join(" ", messages)}</p>");
        }
    }

    private static string Described(SurveyFormModel model, string field) =>
        model.Errors.Any(e => e.Field == field) ? $" aria-invalid=\"true\" aria-describedby=\"survey-error-{field}\"" : "";

    private static string Checked(bool on) => on ? " checked" : "";
}
