using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// The page at a retired procedure's own path: printed QR codes keep working, and say that the procedure no longer
/// applies, why, and where to go instead (its replacement, or the board).
/// </summary>
public static class RetiredPageRenderer
{
    public static string Render(ProcedurePage page)
    {
        var (unit, field, sheet) = (page.Unit, page.Field, page.Sheet);
        var main = new StringBuilder(page.BodyHtml.Length + 1024);
        main.Append("<article><h1>").Append(Html.Escape(sheet.Title)).Append("</h1>")
            .Append("<p class=\"note\"><strong>Thủ tục này đã bãi bỏ, không còn áp dụng.</strong>");
        if (sheet.RetiredReason is { } reason)
        {
            main.Append("<br>").Append(Html.Escape(reason));
        }

        main.Append("</p>");
        if (page.Replacement is { } replacement)
        {
            main.Append("<p>Thủ tục thay thế: <a href=\"").Append(SitePaths.Procedure(replacement)).Append("\">")
                .Append(Html.Escape(replacement.Title)).Append("</a></p>");
        }
        else
        {
            main.Append("<p>Xem các thủ tục đang áp dụng: <a href=\"").Append(SitePaths.Board(unit.Slug, field.Slug)).Append("\">")
                .Append(Html.Escape(field.Name)).Append("</a></p>");
        }

        main.Append(page.BodyHtml);
        ProcedurePageRenderer.AppendUpdated(main, sheet);
        main.Append("</article>");
        var head = new PageHead($"{sheet.Title} (đã bãi bỏ) – {field.Name}", $"Thủ tục đã bãi bỏ. {unit.Name}", "article");
        return PageShell.Render(head, unit.Name, ProcedurePageRenderer.Crumbs(unit, field), main.ToString(), ProcedurePageRenderer.Footer(unit, field), notice: PageShell.MergedNotice(unit));
    }
}
