using System.Globalization;
using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// A unit's home: its boards, then an A–Z index of every procedure in Vietnamese order, each with its field's name
/// (for a large unit, one page per letter rendered here too; see <see cref="UnitIndex"/>). Each entry also carries its
/// folded title (no diacritics) as visually hidden text: find-in-page for "dang ky" finds "Đăng ký" without JavaScript,
/// yet a citizen does not read every title twice, and screen readers skip it (aria-hidden). A small inline script
/// adds a search box that filters the list on the same text.
/// </summary>
public static class UnitHomeRenderer
{
    /// <summary>Kept under 1 KB; mirrors TextFolding.Fold (NFD, strip marks, đ → d, lower case).</summary>
    public const string FilterScript =
        "<script>(function(){var l=document.getElementById('az');if(!l||!''.normalize)return;" +
        "function f(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/[đĐ]/g,'d').toLowerCase()}" +
        "var i=document.createElement('input');i.type='search';i.placeholder='Tìm thủ tục, gõ có dấu hay không dấu đều được';" +
        "i.setAttribute('aria-label','Tìm thủ tục');l.parentNode.insertBefore(i,l);" +
        "i.oninput=function(){var q=f(i.value.trim());l.querySelectorAll('li').forEach(function(e){" +
        "e.hidden=q!==''&&e.querySelector('.k').textContent.indexOf(q)<0});" +
        "l.querySelectorAll('section').forEach(function(s){s.hidden=!s.querySelector('li:not([hidden])')})}})();</script>";

    public static string Render(UnitHomePage page)
    {
        var unit = page.Unit;
        var main = new StringBuilder(2048 + (page.Index.Sum(g => g.Entries.Count) * 200));
        main.Append("<h1>").Append(Html.Escape(page.Heading ?? unit.Name)).Append("</h1>");
        AppendBoards(main, page);
        main.Append("<h2 id=\"tra-cuu\">Tra cứu thủ tục từ A đến Z</h2><ul class=\"az\">");
        foreach (var group in page.Letters)
        {
            main.Append("<li><a href=\"").Append(group.Href).Append("\">").Append(Html.Escape(group.Letter)).Append("</a></li>");
        }

        // A large unit's home lists no procedure itself: its letters link to their own pages, and it needs no filter box.
        main.Append(page.Index.Count > 0 ? "</ul><div id=\"az\">" : "</ul>");
        foreach (var group in page.Index)
        {
            main.Append("<section><h3 id=\"").Append(group.Anchor).Append("\">").Append(Html.Escape(group.Letter)).Append("</h3><ul class=\"links\">");
            foreach (var entry in group.Entries)
            {
                main.Append("<li><a href=\"").Append(entry.Path).Append("\">").Append(Html.Escape(entry.Title))
                    .Append("</a><span class=\"k\"><span class=\"vh\" aria-hidden=\"true\">").Append(Html.Escape(entry.Folded)).Append(" · </span>")
                    .Append(Html.Escape(entry.FieldName)).Append("</span></li>");
            }

            main.Append("</ul></section>");
        }

        main.Append(page.Index.Count > 0 ? "</div>" : "");
        var script = page.Index.Count > 0 ? FilterScript : "";
        if (page.Heading is { } heading)
        {
            var listed = page.Index.Sum(g => g.Entries.Count);
            var letterHead = new PageHead($"{heading} – {unit.Name}", $"{listed} thủ tục hành chính tại {unit.Name}, {heading}");
            Crumb[] crumbs = [PageShell.Home, new(unit.Name, SitePaths.UnitHome(unit.Slug))];
            return PageShell.Render(letterHead, unit.Name, crumbs, main.ToString(), PageShell.UnitFooter(unit), script, PageShell.MergedNotice(unit));
        }

        var total = page.Letters.Sum(g => g.Entries.Count);
        var head = new PageHead(unit.Name, $"{total} thủ tục hành chính tại {unit.Name}, theo lĩnh vực và từ A đến Z");
        return PageShell.Render(head, unit.Name, [PageShell.Home], main.ToString(), PageShell.UnitFooter(unit), script, PageShell.MergedNotice(unit));
    }

    private static void AppendBoards(StringBuilder main, UnitHomePage page)
    {
        if (page.Boards.Count == 0)
        {
            return;
        }

        main.Append("<h2>Các lĩnh vực</h2><ul class=\"links\">");
        foreach (var (field, count) in page.Boards)
        {
            main.Append("<li><a href=\"").Append(SitePaths.Board(page.Unit.Slug, field.Slug)).Append("\">").Append(Html.Escape(field.Name))
                .Append(" <span class=\"meta\">(").Append(count.ToString(CultureInfo.InvariantCulture)).Append(")</span></a></li>");
        }

        main.Append("</ul>");
    }
}
