using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// A counter's satisfaction survey (what the counter's QR opens). A plain HTML form that works without JavaScript;
/// its field names are the contract with <c>POST /api/survey</c>.
/// </summary>
public static class SurveyPageRenderer
{
    public const string Action = "/api/survey";
    public const int CommentMaxLength = 500;

    /// <summary>Answers, by the index posted as <c>option</c>.</summary>
    public static readonly IReadOnlyList<string> Options = ["Rất hài lòng", "Hài lòng", "Không hài lòng"];

    /// <summary>Reasons a citizen may tick, by the key posted as <c>reasons</c>.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Reasons =
    [
        ("thai-do", "Thái độ phục vụ"), ("thoi-gian-cho", "Thời gian chờ"), ("huong-dan", "Hướng dẫn rõ ràng"), ("co-so-vat-chat", "Cơ sở vật chất"),
    ];

    public static string Render(SurveyPage page, string script = "")
    {
        var (unit, counter) = (page.Unit, page.Counter);
        var main = new StringBuilder(2048);
        main.Append("<h1>Đánh giá mức độ hài lòng</h1><p>").Append(Html.Escape(counter.Name)).Append("</p>")
            .Append("<form method=\"post\" action=\"").Append(Action).Append("\" id=\"gop-y\">")
            .Append("<input type=\"hidden\" name=\"counter\" value=\"").Append(Html.Escape(counter.Slug)).Append("\">")
            .Append("<input type=\"hidden\" name=\"client_id\" value=\"\">")
            .Append("<fieldset><legend>Ông/bà có hài lòng với việc giải quyết thủ tục hôm nay không?</legend>");
        for (var i = 0; i < Options.Count; i++)
        {
            main.Append("<label><input type=\"radio\" name=\"option\" value=\"").Append(i).Append('"').Append(i == 0 ? " required" : "").Append('>')
                .Append(Options[i]).Append("</label>");
        }

        main.Append("</fieldset><fieldset><legend>Điều ông/bà muốn góp ý (có thể chọn nhiều)</legend>");
        foreach (var (key, label) in Reasons)
        {
            main.Append("<label><input type=\"checkbox\" name=\"reasons\" value=\"").Append(key).Append("\">").Append(label).Append("</label>");
        }

        main.Append("</fieldset>");
        AppendProcedures(main, page);
        main.Append("<label for=\"comment\">Ý kiến khác (không ghi họ tên, số điện thoại)</label>")
            .Append("<textarea id=\"comment\" name=\"comment\" rows=\"4\" maxlength=\"").Append(CommentMaxLength).Append("\"></textarea>")
            .Append("<div class=\"vh\" aria-hidden=\"true\"><label for=\"website\">Website</label>")
            .Append("<input id=\"website\" name=\"website\" type=\"text\" autocomplete=\"off\" tabindex=\"-1\"></div>")
            .Append("<p><button type=\"submit\">Gửi đánh giá</button></p></form>");
        var head = new PageHead($"Đánh giá – {counter.Name}", $"Góp ý về chất lượng phục vụ tại {unit.Name}");
        return PageShell.Render(head, unit.Name, [PageShell.Home, new(unit.Name, SitePaths.UnitHome(unit.Slug))], main.ToString(), PageShell.UnitFooter(unit), script);
    }

    private static void AppendProcedures(StringBuilder main, SurveyPage page)
    {
        main.Append("<label for=\"procedure\">Thủ tục ông/bà đã làm (nếu muốn)</label><select id=\"procedure\" name=\"procedure\"><option value=\"\">— Không chọn —</option>");
        foreach (var (field, sheets) in page.Procedures.Where(p => p.Sheets.Count > 0))
        {
            main.Append("<optgroup label=\"").Append(Html.Escape(field.Name)).Append("\">");
            foreach (var sheet in sheets)
            {
                main.Append("<option value=\"").Append(Html.Escape(sheet.Key)).Append("\">").Append(Html.Escape(sheet.Title)).Append("</option>");
            }

            main.Append("</optgroup>");
        }

        main.Append("</select>");
    }
}
