using System.Globalization;
using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// A merged office's page, <c>/&lt;unit&gt;/sap-nhap.html</c>: "this office is now part of …", with each successor's
/// address, hours, phone, boards and the national portal. It is what an old code opens when its successor has no page
/// for the same procedure or field, so a printed code never ends on a 404.
/// </summary>
public static class MergerNoticeRenderer
{
    /// <summary>The national public-service portal, where every procedure can be filed online.</summary>
    public const string NationalPortal = "https://dichvucong.gov.vn";

    public static string Render(Unit unit, IReadOnlyList<Unit> successors)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var merger = unit.Merger ?? throw new ArgumentException($"unit '{unit.Slug}' was not merged", nameof(unit));
        var names = string.Join(", ", successors.Select(s => s.Name));
        var main = new StringBuilder(2048);
        main.Append("<h1>").Append(Html.Escape(unit.Name)).Append(" nay thuộc ").Append(Html.Escape(names)).Append("</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"note\"><strong>Từ ngày {merger.From:dd/MM/yyyy}, theo sắp xếp chính quyền địa phương hai cấp, ")
            .Append(Html.Escape(unit.Name)).Append(" không còn tiếp nhận hồ sơ.</strong> Mã QR ông/bà vừa quét vẫn dùng được; ")
            .Append("thủ tục nay được giải quyết tại nơi dưới đây. Trung tâm Phục vụ hành chính công cấp xã tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong tỉnh.</p>");
        foreach (var successor in successors)
        {
            main.Append("<h2>").Append(Html.Escape(successor.Name)).Append("</h2>").Append(PageShell.UnitFooter(successor))
                .Append("<ul class=\"links\">");
            foreach (var field in successor.Fields)
            {
                main.Append("<li><a href=\"").Append(SitePaths.Board(successor.Slug, field.Slug)).Append("\">").Append(Html.Escape(field.Name)).Append("</a></li>");
            }

            main.Append("</ul>");
        }

        main.Append("<p>Nộp hồ sơ trực tuyến: <a href=\"").Append(NationalPortal).Append("\">Cổng Dịch vụ công quốc gia</a></p>");
        var head = new PageHead($"{unit.Name} nay thuộc {names}", $"{unit.Name} đã sáp nhập từ {merger.From.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        var footer = successors.Count > 0 ? PageShell.UnitFooter(successors[0]) : "";
        return PageShell.Render(head, successors.Count > 0 ? successors[0].Name : unit.Name, [PageShell.Home], main.ToString(), footer);
    }
}
