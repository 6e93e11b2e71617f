using System.Text;

namespace MotCua.Domain.Pages;

/// <summary>What a page says about itself in its head: title, description (also for link previews on Zalo), kind.</summary>
public sealed record PageHead(string Title, string Description, string OgType = "website");

/// <summary>One step of the breadcrumb trail back to the board and home.</summary>
public sealed record Crumb(string Title, string Path);

/// <summary>
/// The frame around every page: doctype, <c>lang="vi"</c>, UTF-8, viewport, Open Graph tags, the shared inline CSS,
/// the office's name, breadcrumbs, and a footer with the office's address and the link to the privacy notice.
/// </summary>
public static class PageShell
{
    public static string Render(PageHead head, string siteName, IReadOnlyList<Crumb> crumbs, string main, string footer = "", string script = "", string notice = "")
    {
        var html = new StringBuilder(4096 + main.Length);
        html.Append("<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
            .Append(ContentPolicy.Meta(ContentPolicy.ScriptsIn(script + ServiceWorkerScript.RegistrationTag), [SiteStyle.Css]))
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">").Append(NoIcon)
            .Append("<title>").Append(Html.Escape(head.Title)).Append("</title>")
            .Append("<meta name=\"description\" content=\"").Append(Html.Escape(head.Description)).Append("\">")
            .Append("<meta property=\"og:title\" content=\"").Append(Html.Escape(head.Title)).Append("\">")
            .Append("<meta property=\"og:description\" content=\"").Append(Html.Escape(head.Description)).Append("\">")
            .Append("<meta property=\"og:type\" content=\"").Append(head.OgType).Append("\">")
            .Append("<meta property=\"og:locale\" content=\"vi_VN\">")
            .Append("<meta property=\"og:site_name\" content=\"").Append(Html.Escape(siteName)).Append("\">")
            .Append("<style>").Append(SiteStyle.Css).Append("</style></head>\n<body><header><p>").Append(Html.Escape(siteName)).Append("</p>");
        if (crumbs.Count > 0)
        {
            html.Append("<nav aria-label=\"Đường dẫn\"><ol>");
            foreach (var crumb in crumbs)
            {
                html.Append("<li><a href=\"").Append(Html.Escape(crumb.Path)).Append("\">").Append(Html.Escape(crumb.Title)).Append("</a></li>");
            }

            html.Append("</ol></nav>");
        }

        html.Append("</header>\n<main>").Append(notice).Append(main).Append("</main>\n")
            .Append("<footer>").Append(footer).Append(PrivacyLink).Append("</footer>");

        html.Append(script).Append(ServiceWorkerScript.RegistrationTag).Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>
    /// "No icon", said in the page itself: without it every browser asks for /favicon.ico, a round trip on 2G that
    /// answers 404 and leaves an error in the console.
    /// </summary>
    public const string NoIcon = "<link rel=\"icon\" href=\"data:,\">";

    /// <summary>The last line of every page's footer: where the privacy notice is.</summary>
    public const string PrivacyLink = $"<p><a href=\"{Sheets.SitePaths.Privacy}\">{PrivacyPageRenderer.Title}</a></p>";

    /// <summary>The office's contact lines, shown at the foot of its pages.</summary>
    public static string UnitFooter(Sheets.Unit unit)
    {
        var parts = new[] { unit.Address, unit.OpeningHours }.Where(p => p.Length > 0).Select(Html.Escape);
        if (unit.Phone.Length > 0)
        {
            parts = parts.Append("Điện thoại: " + Phone(unit.Phone));
        }

        return "<p><a href=\"" + Sheets.SitePaths.UnitHome(unit.Slug) + "\">" + Html.Escape(unit.Name) + "</a><br>" + string.Join("<br>", parts) + "</p>";
    }

    /// <summary>A phone number a citizen can tap to call (<c>tel:</c> with its digits); text that is no single number stays text.</summary>
    public static string Phone(string phone)
    {
        var digits = new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        var isNumber = digits.Length is >= 6 and <= 15 && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+');
        return isNumber ? $"<a href=\"tel:{digits}\">{Html.Escape(phone)}</a>" : Html.Escape(phone);
    }

    /// <summary>
    /// Above every page of a merged office: it no longer takes applications, and where they go now. Its pages stay
    /// published (its codes open them before the merger's date, and old links and bookmarks still arrive), so they
    /// must not pass for a working office's. "Từ ngày …" reads right before and after that day alike.
    /// </summary>
    public static string MergedNotice(Sheets.Unit unit) =>
        unit.Merger is not { } merger
            ? ""
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"<p class=\"note\"><strong>Từ ngày {merger.From:dd/MM/yyyy}, {Html.Escape(unit.Name)} không còn tiếp nhận hồ sơ</strong> (sắp xếp chính quyền địa phương hai cấp). <a href=\"{Sheets.SitePaths.MergerNotice(unit.Slug)}\">Xem nơi tiếp nhận hồ sơ hiện nay</a></p>");

    public static readonly Crumb Home = new("Trang chủ", Sheets.SitePaths.Root);
}
