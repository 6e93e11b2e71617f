using System.Globalization;
using System.Text;
using MotCua.Domain.Privacy;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// The site's privacy notice (<see cref="SitePaths.Privacy"/>), in plain Vietnamese. Everything it states comes from
/// what the code uses: the tables' columns it is given (described beside the entities that write them),
/// <see cref="StoredData"/>, the comment mask's rules, the retention limit of
/// <see cref="RetentionPolicy"/>, and each office's name, address and phone from its unit.yaml (each office is the
/// controller of the codes and surveys it posts). One page for the site: the data is handled the same way for every
/// office; only the controller differs, and each office has its own anchor (<c>#&lt;unit&gt;</c>).
/// </summary>
public static class PrivacyPageRenderer
{
    public const string Title = "Chính sách dữ liệu cá nhân";

    public static string Render(SiteModel site, IReadOnlyList<StoredTable> tables, int retentionDays = RetentionPolicy.MaxDays)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(tables);
        var main = new StringBuilder(8192);
        main.Append("<h1>").Append(Title).Append("</h1>")
            .Append("<p>Trang này cho biết hệ thống mã QR của các bộ phận một cửa ghi lại gì khi ông/bà quét mã hoặc gửi phiếu đánh giá, ")
            .Append("giữ ở đâu, trong bao lâu và ai chịu trách nhiệm. Mục đích duy nhất là đếm lượt xem thủ tục và mức độ hài lòng để phục vụ tốt hơn. ")
            .Append("Nội dung được tạo từ chính cấu hình của hệ thống.</p>");
        foreach (var table in tables)
        {
            Columns(main, table);
        }

        main.Append("<p>").Append(Html.Escape(StoredData.SlipLink)).Append("</p>");
        main.Append("<p>").Append(Html.Escape(StoredData.VisitorHash)).Append("</p><p>").Append(Html.Escape(StoredData.StorageTimestamp)).Append("</p>");
        main.Append("<h2>Ý kiến khác</h2><p>Xin đừng ghi họ tên, số điện thoại, số giấy tờ, địa chỉ hay email vào ý kiến. Trước khi lưu, hệ thống tự che:</p><ul>");
        foreach (var rule in StoredData.CommentMasks)
        {
            main.Append("<li>").Append(Html.Escape(rule.Description)).Append(": thay bằng “").Append(Html.Escape(rule.Replacement)).Append("”</li>");
        }

        main.Append("</ul><p>Những thứ sau không nhận ra chắc chắn được nên <strong>không</strong> được che:</p>");
        List(main, StoredData.NotMasked);
        main.Append("<h2>Không bao giờ ghi lại</h2>");
        List(main, StoredData.Never);
        main.Append("<h2>Trên điện thoại của ông/bà</h2><ul>");
        foreach (var store in StoredData.OnPhone)
        {
            main.Append("<li>").Append(Html.Escape(store.Name)).Append(": ").Append(Html.Escape(store.What)).Append("; ").Append(Html.Escape(store.Until)).Append("</li>");
        }

        main.Append("</ul><h2>Nhật ký vận hành</h2>");
        Paragraphs(main, StoredData.Logs);
        main.Append("<h2>Nơi lưu và bên xử lý</h2>");
        Paragraphs(main, StoredData.Location);
        main.Append("<h2>Giữ trong bao lâu</h2><p>")
            .Append(CultureInfo.InvariantCulture, $"Từng lượt quét và từng phiếu được giữ tối đa {retentionDays} ngày kể từ hết ngày ghi nhận rồi bị xoá, ")
            .Append("phiếu đánh giá trước, kể cả khi việc tính số liệu thống kê bị lỗi. Sau đó chỉ còn các con số tổng hợp theo ngày ")
            .Append("(số lượt quét theo mã, số phiếu theo mức độ hài lòng), không gắn với người nào.</p>")
            .Append("<h2>Số liệu công bố</h2><p>Trang thống kê và tệp dữ liệu mở chỉ có các con số tổng hợp, không bao giờ có ý kiến khác. ")
            .Append(CultureInfo.InvariantCulture, $"Phiếu của một ngày chỉ được công bố từ ngày hôm sau, và một quầy có dưới {SmallCounts.MinAnswers} phiếu trong một ngày thì phiếu của ngày đó ở quầy đó không được tính vào con số công bố nào.</p>");
        Controllers(main, site);
        main.Append("<h2>Quyền của ông/bà</h2><p>Hệ thống không lưu gì để biết một lượt quét hay một phiếu là của ai, nên không thể tìm ra dữ liệu của riêng ông/bà để cung cấp, sửa hay xoá; ")
            .Append("ông/bà vẫn có thể hỏi hoặc khiếu nại với bên kiểm soát ở trên. Dữ liệu trên điện thoại ông/bà tự xoá được trong cài đặt trình duyệt.</p>");
        var head = new PageHead(Title, "Dữ liệu nào được ghi lại khi quét mã QR và gửi phiếu đánh giá, giữ ở đâu, bao lâu, ai chịu trách nhiệm");
        return PageShell.Render(head, RootPageRenderer.SiteTitle, [PageShell.Home], main.ToString());
    }

    private static void List(StringBuilder main, IEnumerable<string> items)
    {
        main.Append("<ul>");
        foreach (var item in items)
        {
            main.Append("<li>").Append(Html.Escape(item)).Append("</li>");
        }

        main.Append("</ul>");
    }

    private static void Paragraphs(StringBuilder main, IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            main.Append("<p>").Append(Html.Escape(paragraph)).Append("</p>");
        }
    }

    private static void Columns(StringBuilder main, StoredTable table)
    {
        main.Append("<h2>").Append(Html.Escape(table.Heading)).Append("</h2><ul>");
        foreach (var column in table.Columns)
        {
            main.Append("<li>").Append(Html.Escape(column.Meaning)).Append(" <code>").Append(column.Name).Append("</code></li>");
        }

        main.Append("</ul>");
    }

    private static void Controllers(StringBuilder main, SiteModel site)
    {
        main.Append("<h2>Bên kiểm soát dữ liệu</h2><p>Mỗi bộ phận một cửa chịu trách nhiệm về dữ liệu của các mã QR và phiếu đánh giá của mình. ")
            .Append("Mọi câu hỏi hay yêu cầu về dữ liệu cá nhân xin gửi tới đơn vị đó:</p><ul>");
        foreach (var unit in site.Units)
        {
            if (unit.Merger is { } merger)
            {
                // A merged office controls nothing any more: its codes and their data went to its successors.
                var successors = merger.Into.Select(slug => site.FindUnit(slug)).OfType<Unit>()
                    .Select(s => $"<a href=\"#{s.Slug}\">{Html.Escape(s.Name)}</a>");
                main.Append("<li id=\"").Append(unit.Slug).Append("\">").Append(Html.Escape(unit.Name))
                    .Append(CultureInfo.InvariantCulture, $": từ ngày {merger.From:dd/MM/yyyy} do ").Append(string.Join(", ", successors)).Append(" chịu trách nhiệm</li>");
                continue;
            }

            var contact = new[] { unit.Address, unit.Phone.Length > 0 ? "Điện thoại: " + unit.Phone : "" }.Where(p => p.Length > 0);
            main.Append("<li id=\"").Append(unit.Slug).Append("\"><a href=\"").Append(SitePaths.UnitHome(unit.Slug)).Append("\">")
                .Append(Html.Escape(unit.Name)).Append("</a>");
            foreach (var line in contact)
            {
                main.Append("<br>").Append(Html.Escape(line));
            }

            main.Append("</li>");
        }

        main.Append("</ul>");
    }
}
