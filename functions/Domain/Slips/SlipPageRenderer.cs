using System.Globalization;
using System.Text;
using MotCua.Domain.Surveys;
using static MotCua.Domain.Pages.Html;

namespace MotCua.Domain.Slips;

/// <summary>What a slip's page is: the form, or why there is none.</summary>
public enum SlipPageKind
{
    /// <summary>200: the rating form of the slip's office.</summary>
    Form,

    /// <summary>400: the form again with what was typed and what to correct.</summary>
    Invalid,

    /// <summary>503: nothing stored; the form again with what was typed, to send later.</summary>
    Unavailable,

    /// <summary>410: the slip was answered before; nothing more is stored.</summary>
    Used,

    /// <summary>404: no slip has this id (mistyped, cut short, made up).</summary>
    Unknown,

    /// <summary>503: storage did not answer before the slip could be read; nothing was typed yet.</summary>
    Busy,
}

/// <summary>
/// The pages <c>/p/{ID}</c> answers, rendered by the function (the form carries the slip's id, so it cannot be a
/// static page). Plain HTML, no script: the reasons appear once "không hài lòng" is chosen through CSS alone
/// (<c>:has</c>), and a browser without it shows them always. Every value is escaped.
/// Ids: <c>slip-form</c>, <c>slip-option-N</c>, <c>slip-reason-KEY</c>, <c>slip-comment</c>, <c>slip-submit</c>,
/// <c>slip-errors</c>, <c>slip-error-FIELD</c>, <c>slip-used</c>, <c>slip-unknown</c>, <c>slip-unavailable</c>, <c>slip-busy</c>.
/// </summary>
public static class SlipPageRenderer
{
    public const string UsedMessage = "Phiếu này đã được dùng để đánh giá. Mỗi phiếu chỉ đánh giá được một lần. Cảm ơn ông/bà.";
    public const string UnknownMessage = "Không tìm thấy phiếu đánh giá này. Vui lòng quét lại mã QR trên phiếu dán ở giấy hẹn trả kết quả.";
    public const string BusyMessage = "Hệ thống đang bận. Vui lòng quét lại mã QR trên phiếu sau ít phút; phiếu vẫn còn dùng được.";
    public const string UnavailableMessage = "Hệ thống đang bận nên chưa lưu được đánh giá của ông/bà. Nội dung vẫn còn bên dưới; vui lòng bấm “Gửi đánh giá” lại sau ít phút.";

    private const string Style =
        "body{font:1.0625rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40em;padding:1em;color:#1a1a1a}" +
        "h1{font-size:1.4rem;line-height:1.25}fieldset{border:1px solid #c8c8c8;margin:1em 0;padding:.5em 1em}legend{font-weight:700}" +
        "label{display:block;padding:.6em 0}input[type=radio],input[type=checkbox]{width:1.4rem;height:1.4rem;margin-right:.5rem;vertical-align:middle}" +
        "textarea{width:100%;box-sizing:border-box;font:inherit;padding:.6em}" +
        "button{font:inherit;font-weight:700;padding:.8em 1.5em;min-height:44px;background:#0b4f9c;color:#fff;border:0;border-radius:.4rem}" +
        ".slip-error{color:#a00;font-weight:700}#slip-errors{border:2px solid #a00;padding:.5em 1em}.note{background:#fff4d6;border-left:4px solid #b36b00;padding:.75em}" +
        // The reasons follow a low rating; a browser without :has shows them always (they are optional).
        "@supports selector(:has(a)){.why{display:none}form:has(#slip-option-" + "2:checked) .why{display:block}}";

    /// <summary>No script; its one style.</summary>
    private static readonly string Policy = Pages.ContentPolicy.Meta([], [Style]);

    /// <summary>The page for <paramref name="kind"/> of slip <paramref name="slipId"/> of the office <paramref name="unitName"/>.</summary>
    public static string Render(SlipPageKind kind, string slipId, string unit, string unitName, SlipFormValues? values = null, IReadOnlyList<SurveyFieldError>? errors = null)
    {
        var title = kind switch
        {
            SlipPageKind.Used => "Phiếu đã được dùng",
            SlipPageKind.Unknown => "Không tìm thấy phiếu",
            SlipPageKind.Invalid => "Đánh giá cần sửa lại",
            SlipPageKind.Unavailable => "Chưa gửi được đánh giá",
            SlipPageKind.Busy => "Hệ thống đang bận",
            _ => "Đánh giá việc giải quyết hồ sơ",
        };
        var h = new StringBuilder(4096);
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">").Append(Policy)
         .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">").Append(Pages.PageShell.NoIcon)
         .Append("<title>").Append(Escape(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>");
        if (unitName.Length > 0)
        {
            h.Append("<p>").Append(Escape(unitName)).Append("</p>");
        }

        h.Append("<h1>").Append(Escape(title)).Append("</h1>");
        switch (kind)
        {
            case SlipPageKind.Used:
                h.Append("<p id=\"slip-used\" class=\"note\">").Append(Escape(UsedMessage)).Append("</p>");
                break;
            case SlipPageKind.Unknown:
                h.Append("<p id=\"slip-unknown\" class=\"note\">").Append(Escape(UnknownMessage)).Append("</p>");
                break;
            case SlipPageKind.Busy:
                h.Append("<p id=\"slip-busy\" role=\"alert\" class=\"note\">").Append(Escape(BusyMessage)).Append("</p>");
                break;
            default:
                if (kind == SlipPageKind.Unavailable)
                {
                    h.Append("<p id=\"slip-unavailable\" role=\"alert\" class=\"note\">").Append(Escape(UnavailableMessage)).Append("</p>");
                }

                Form(h, slipId, unit, values ?? new SlipFormValues(), errors ?? []);
                break;
        }

        h.Append("</main><footer>").Append(Pages.PageShell.PrivacyLink).Append("</footer></body></html>\n");
        return h.ToString();
    }

    private static void Form(StringBuilder h, string slipId, string unit, SlipFormValues v, IReadOnlyList<SurveyFieldError> errors)
    {
        if (errors.Count > 0)
        {
            h.Append("<div id=\"slip-errors\" role=\"alert\"><p>Đánh giá chưa được gửi vì:</p><ul>");
            foreach (var error in errors)
            {
                h.Append("<li>").Append(Escape(error.Message)).Append("</li>");
            }

            h.Append("</ul></div>");
        }

        h.Append("<p>Phiếu này dùng được một lần. Đánh giá của ông/bà không ghi tên, không gắn với hồ sơ.</p>")
         .Append("<form id=\"slip-form\" method=\"post\" action=\"/p/").Append(Escape(slipId)).Append("\" accept-charset=\"utf-8\">")
         .Append("<input type=\"hidden\" name=\"unit\" value=\"").Append(Escape(unit)).Append("\">")
         .Append("<fieldset><legend>").Append(Escape(SlipChoices.Question)).Append("</legend>");
        FieldError(h, errors, "option");
        for (var i = 0; i < SurveyChoices.Options.Count; i++)
        {
            var value = i.ToString(CultureInfo.InvariantCulture);
            h.Append("<label><input type=\"radio\" id=\"slip-option-").Append(value).Append("\" name=\"option\" value=\"").Append(value).Append("\" required")
             .Append(v.Option == value ? " checked" : "").Append("> ").Append(Escape(SurveyChoices.Options[i])).Append("</label>");
        }

        h.Append("</fieldset><fieldset class=\"why\"><legend>").Append(Escape(SlipChoices.WhyQuestion)).Append("</legend>");
        FieldError(h, errors, "reasons");
        foreach (var reason in SlipChoices.Reasons)
        {
            h.Append("<label><input type=\"checkbox\" id=\"slip-reason-").Append(reason.Key).Append("\" name=\"reasons\" value=\"").Append(reason.Key).Append('"')
             .Append(v.Reasons.Contains(reason.Key, StringComparer.Ordinal) ? " checked" : "").Append("> ").Append(Escape(reason.Label)).Append("</label>");
        }

        h.Append("</fieldset><label for=\"slip-comment\">Ý kiến thêm (không bắt buộc, tối đa ").Append(SurveyLimits.MaxCommentLength).Append(" ký tự)</label>");
        FieldError(h, errors, "comment");
        h.Append(SurveyFormRenderer.PersonalDetailsHint)
         .Append("<textarea id=\"slip-comment\" name=\"comment\" rows=\"4\" maxlength=\"").Append(SurveyLimits.MaxCommentLength).Append("\">").Append(Escape(v.Comment)).Append("</textarea>")
         .Append("<p><button type=\"submit\" id=\"slip-submit\">Gửi đánh giá</button></p></form>");
    }

    private static void FieldError(StringBuilder h, IReadOnlyList<SurveyFieldError> errors, string field)
    {
        var messages = errors.Where(e => e.Field == field).Select(e => Escape(e.Message)).ToList();
        if (messages.Count > 0)
        {
            h.Append("<p class=\"slip-error\" id=\"slip-error-").Append(field).Append("\">").Append(string.Join(" ", messages)).Append("</p>");
        }
    }
}
