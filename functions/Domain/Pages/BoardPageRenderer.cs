using System.Globalization;
using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>A field's board (what the board's QR code opens): every procedure of the field, in Vietnamese order.</summary>
public static class BoardPageRenderer
{
    public static string Render(BoardPage page)
    {
        var (unit, field) = (page.Unit, page.Field);
        var main = new StringBuilder(256 + (page.Active.Count * 160));
        main.Append("<h1>").Append(Html.Escape(field.Name)).Append("</h1><p class=\"meta\">")
            .Append(page.Active.Count.ToString(CultureInfo.InvariantCulture)).Append(" thủ tục</p>");
        AppendList(main, page.Active, withMeta: true);
        if (page.Retired.Count > 0)
        {
            main.Append("<h2>Thủ tục đã bãi bỏ</h2>");
            AppendList(main, page.Retired, withMeta: false);
        }

        var head = new PageHead($"{field.Name} – {unit.Name}", $"{page.Active.Count} thủ tục hành chính lĩnh vực {field.Name} tại {unit.Name}");
        Crumb[] crumbs = [PageShell.Home, new(unit.Name, SitePaths.UnitHome(unit.Slug))];
        return PageShell.Render(head, unit.Name, crumbs, main.ToString(), PageShell.UnitFooter(unit), notice: PageShell.MergedNotice(unit));
    }

    private static void AppendList(StringBuilder main, IReadOnlyList<Sheet> sheets, bool withMeta)
    {
        main.Append("<ul class=\"links\">");
        foreach (var sheet in sheets)
        {
            main.Append("<li><a href=\"").Append(SitePaths.Procedure(sheet)).Append("\">").Append(Html.Escape(sheet.Title)).Append("</a>");
            if (withMeta && (sheet.NationalCode is not null || sheet.OnlineUrl is not null))
            {
                main.Append("<span class=\"k\">");
                main.Append(sheet.NationalCode is { } code ? Html.Escape(code) : "");
                main.Append(sheet.NationalCode is not null && sheet.OnlineUrl is not null ? " · " : "");
                main.Append(sheet.OnlineUrl is not null ? "Nộp trực tuyến" : "");
                main.Append("</span>");
            }

            main.Append("</li>");
        }

        main.Append("</ul>");
    }
}
