using System.Text;
using static MotCua.Domain.Pages.Html;

namespace MotCua.Domain.Surveys;

/// <summary>Why the survey endpoint answers with a page instead of the thank-you redirect.</summary>
public enum SurveyReplyKind
{
    /// <summary>400: something in the answer must be corrected.</summary>
    Invalid,

    /// <summary>503: the answer could not be stored now; nothing was stored; send again.</summary>
    Unavailable,
}

/// <summary>
/// The whole page the survey endpoint returns when it cannot say thank you: the reason in Vietnamese,
/// and the form again with what the citizen typed, so nothing has to be typed twice.
/// </summary>
public static class SurveyReplyPageRenderer
{
    public const string UnavailableMessage =
        "Hệ thống đang bận nên chưa lưu được ý kiến của ông/bà. Nội dung vẫn còn bên dưới; vui lòng bấm “Gửi ý kiến” lại sau ít phút.";

    private const string Style = "body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40em;padding:1em}" + SurveyFormRenderer.Css;

    /// <summary>The page's own policy: its one style and, with the form, the survey script; nothing else.</summary>
    private static readonly string FormPolicy = Pages.ContentPolicy.Meta([SurveyScript.Source], [Style]);

    /// <inheritdoc cref="FormPolicy"/>
    private static readonly string MessagePolicy = Pages.ContentPolicy.Meta([], [Style]);

    /// <summary>The same privacy link as every published page's footer.</summary>
    private const string Footer = "<footer>" + Pages.PageShell.PrivacyLink + "</footer>";

    /// <summary>The page for <paramref name="kind"/>, with the form filled in again when the counter is known.</summary>
    /// <param name="unit">The unit, or null when the form named no known counter.</param>
    /// <param name="counter">The counter, or null when the form named no known counter.</param>
    public static string Render(SurveyReplyKind kind, SurveyUnit? unit, SurveyCounter? counter, SurveyFormValues values, IReadOnlyList<SurveyFieldError> errors)
    {
        var title = kind == SurveyReplyKind.Invalid ? "Ý kiến cần sửa lại" : "Chưa gửi được ý kiến";
        var h = new StringBuilder(4096);
        var withForm = unit is not null && counter is not null;
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">").Append(withForm ? FormPolicy : MessagePolicy)
         .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">").Append(Pages.PageShell.NoIcon)
         .Append($"<title>{Escape(title)}</title><style>").Append(Style).Append("</style></head><body><main>")
         .Append($"<h1>{Escape(title)}</h1>");
        if (unit is not null && counter is not null)
        {
            h.Append($"<p>{Escape(unit.Name)} — {Escape(counter.Name)}</p>");
            if (kind == SurveyReplyKind.Unavailable)
            {
                h.Append($"<p id=\"survey-unavailable\" role=\"alert\">{Escape(UnavailableMessage)}</p>");
            }

            h.Append(SurveyFormRenderer.Render(new SurveyFormModel(unit, counter) { Values = values, Errors = errors }))
             .Append("</main>").Append(Footer).Append("<script>").Append(SurveyScript.Source).Append("</script></body></html>");
            return h.ToString();
        }

        h.Append(SurveyFormRenderer.ErrorsStart);
        var messages = errors.Select(e => e.Message);
        SurveyFormRenderer.ErrorList(h, kind == SurveyReplyKind.Unavailable ? messages.Append(UnavailableMessage) : messages);
        if (values.Comment.Length > 0)
        {
            h.Append("<p>Ý kiến ông/bà đã viết (để chép lại):</p>")
             .Append($"<textarea id=\"survey-comment\" rows=\"4\" readonly>{Escape(values.Comment)}</textarea>");
        }

        h.Append("</div><p><a href=\"/\">Về trang chủ</a></p></main>").Append(Footer).Append("</body></html>");
        return h.ToString();
    }
}
