using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>The site's front page: the list of offices.</summary>
public static class RootPageRenderer
{
    public const string SiteTitle = "Thủ tục hành chính – Bộ phận Một cửa";

    public static string Render(SiteModel site)
    {
        var main = new StringBuilder(512);
        main.Append("<h1>Thủ tục hành chính</h1><p>Chọn đơn vị để xem các thủ tục theo lĩnh vực.</p><ul class=\"links\">");
        foreach (var unit in site.Units)
        {
            main.Append("<li><a href=\"").Append(SitePaths.UnitHome(unit.Slug)).Append("\">").Append(Html.Escape(unit.Name)).Append("</a>");
            if (unit.Address.Length > 0)
            {
                main.Append("<span class=\"k\">").Append(Html.Escape(unit.Address)).Append("</span>");
            }

            main.Append("</li>");
        }

        main.Append("</ul>");
        return PageShell.Render(new PageHead(SiteTitle, "Hướng dẫn thủ tục hành chính của các bộ phận một cửa"), SiteTitle, [], main.ToString());
    }
}
