using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// One procedure's page: title, code and service level, the "Nộp hồ sơ trực tuyến" button when the procedure can be
/// filed online, the key facts, the body, the updated date; and the way back to the board and the office's home.
/// A retired sheet gets <see cref="RetiredPageRenderer"/> at the same path instead.
/// </summary>
public static class ProcedurePageRenderer
{
    public static string Render(ProcedurePage page)
    {
        var (unit, field, sheet) = (page.Unit, page.Field, page.Sheet);
        var main = new StringBuilder(page.BodyHtml.Length + 2048);
        main.Append("<article><h1>").Append(Html.Escape(sheet.Title)).Append("</h1>");
        AppendMeta(main, sheet);
        if (page.PortalHref is { } portal)
        {
            main.Append("<a class=\"go\" href=\"").Append(Html.Escape(portal)).Append("\">Nộp hồ sơ trực tuyến</a>");
        }

        AppendFacts(main, sheet);
        main.Append(page.BodyHtml);
        AppendUpdated(main, sheet);
        main.Append("</article>");

        var head = new PageHead($"{sheet.Title} – {field.Name}", Description(sheet, unit), "article");
        return PageShell.Render(head, unit.Name, Crumbs(unit, field), main.ToString(), Footer(unit, field), notice: PageShell.MergedNotice(unit));
    }

    public static IReadOnlyList<Crumb> Crumbs(Unit unit, Field field) =>
        [PageShell.Home, new(unit.Name, SitePaths.UnitHome(unit.Slug)), new(field.Name, SitePaths.Board(unit.Slug, field.Slug))];

    public static string Footer(Unit unit, Field field) =>
        $"<p><a href=\"{SitePaths.Board(unit.Slug, field.Slug)}\">← Các thủ tục lĩnh vực {Html.Escape(field.Name)}</a></p>" + PageShell.UnitFooter(unit);

    public static void AppendUpdated(StringBuilder main, Sheet sheet)
    {
        if (sheet.Updated is { } updated)
        {
            main.Append("<p class=\"meta\">Cập nhật: <time datetime=\"").Append(Html.IsoDate(updated)).Append("\">")
                .Append(Html.Date(updated)).Append("</time></p>");
        }
    }

    private static void AppendMeta(StringBuilder main, Sheet sheet)
    {
        var parts = new List<string>();
        if (sheet.NationalCode is { } code)
        {
            parts.Add("Mã thủ tục: " + Html.Escape(code));
        }

        if (Html.LevelLabel(sheet.Level) is { } level)
        {
            parts.Add(level);
        }

        if (parts.Count > 0)
        {
            main.Append("<p class=\"meta\">").Append(string.Join(" · ", parts)).Append("</p>");
        }
    }

    private static void AppendFacts(StringBuilder main, Sheet sheet)
    {
        (string Label, string? Value)[] facts =
        [
            ("Cơ quan thực hiện", sheet.Agency), ("Đối tượng thực hiện", sheet.Applicants), ("Thời hạn giải quyết", sheet.ProcessingTime),
            ("Phí, lệ phí", sheet.Fee), ("Kết quả", sheet.Result),
        ];
        if (!facts.Any(f => f.Value is not null))
        {
            return;
        }

        main.Append("<dl>");
        foreach (var (label, value) in facts.Where(f => f.Value is not null))
        {
            main.Append("<dt>").Append(label).Append("</dt><dd>").Append(Html.Escape(value)).Append("</dd>");
        }

        main.Append("</dl>");
    }

    private static string Description(Sheet sheet, Unit unit)
    {
        var parts = new List<string> { unit.Name };
        if (sheet.ProcessingTime is { } time)
        {
            parts.Add("Thời hạn: " + time);
        }

        if (sheet.Fee is { } fee)
        {
            parts.Add("Phí: " + fee);
        }

        return Html.Clip(string.Join(". ", parts), 200);
    }
}
