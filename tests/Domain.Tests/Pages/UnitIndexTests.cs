using MotCua.Data.Privacy;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;

namespace MotCua.Domain.Tests.Pages;

public sealed class UnitIndexTests
{
    private static readonly string[] Verbs =
        ["Đăng ký", "Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Xác nhận", "Chứng thực", "Thay đổi", "Hủy bỏ", "Thông báo", "Giải quyết", "Thẩm định", "Phê duyệt"];

    private static readonly string[] Objects =
        ["giấy phép", "giấy chứng nhận", "hồ sơ", "hợp đồng", "trích lục", "quyết định", "bản sao", "thông tin", "giấy xác nhận", "văn bản", "chế độ", "trợ cấp"];

    private static readonly string[] Topics =
        ["khai sinh cho trẻ em sinh ra ở nước ngoài", "kết hôn có yếu tố nước ngoài", "xây dựng nhà ở riêng lẻ tại nông thôn", "hộ kinh doanh cá thể",
         "quyền sử dụng đất lần đầu", "an toàn thực phẩm cơ sở nhỏ lẻ", "trợ cấp xã hội hằng tháng", "chuyển trường học sinh trung học cơ sở", "lễ hội truyền thống",
         "thi công công trình trên đường bộ đang khai thác", "nuôi con nuôi trong nước", "đánh giá tác động môi trường", "kinh doanh dịch vụ karaoke",
         "thay đổi, cải chính, bổ sung hộ tịch", "người có công với cách mạng", "tham gia bảo hiểm y tế hộ gia đình", "khai thác nước dưới đất"];

    [Fact]
    public void Every_page_of_a_500_procedure_unit_fits_in_14_KB_gzipped_at_level_9()
    {
        var site = SiteWith(500);

        var plans = new SiteRenderer(site, StoredTables.All).Plan().ToList();

        Assert.Contains(plans, p => p.Kind == PageKind.UnitIndex);
        Assert.All(plans, plan => Assert.True(Gzip.Compress(plan.Build().Bytes).Length <= PageBudget.MaxGzippedBytes, plan.BlobName));
    }

    [Fact]
    public void The_home_and_every_letter_page_fit_at_any_size()
    {
        var plans = new SiteRenderer(SiteWith(5000), StoredTables.All).Plan().Where(p => p.Kind is PageKind.UnitHome or PageKind.UnitIndex).ToList();

        Assert.All(plans, plan => Assert.True(Gzip.Compress(plan.Build().Bytes).Length <= PageBudget.MaxGzippedBytes, plan.BlobName));
    }

    [Fact]
    public void A_unit_at_the_limit_keeps_its_whole_index_on_its_home()
    {
        var home = PageModelFactory.UnitHome(UnitWith(UnitIndex.OnHomeMax));

        Assert.Equal(UnitIndex.OnHomeMax, home.Index.Sum(g => g.Entries.Count));
        Assert.Empty(UnitIndex.LetterPages(home));
        Assert.All(home.Letters, g => Assert.Equal("#" + g.Anchor, g.Href));
    }

    [Fact]
    public void A_larger_unit_home_links_each_letter_to_its_own_page_and_lists_no_procedure()
    {
        var home = SamplePages.Parse(UnitHomeRenderer.Render(PageModelFactory.UnitHome(UnitWith(UnitIndex.OnHomeMax + 1))));

        Assert.Empty(home.QuerySelectorAll("#az"));
        Assert.DoesNotContain(home.QuerySelectorAll("script"), s => s.TextContent.Contains("getElementById('az')", StringComparison.Ordinal));
        var letters = home.QuerySelectorAll("ul.az a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tp-cao-bang/chu-dd.html", letters);
        Assert.All(letters, href => Assert.Matches("^/tp-cao-bang/chu-[a-z]+(-[0-9]+)?\\.html$", href));
    }

    [Fact]
    public void The_letter_pages_list_every_active_procedure_once_in_Vietnamese_order()
    {
        var unit = UnitWith(1200);

        var pages = UnitIndex.LetterPages(PageModelFactory.UnitHome(unit));
        var titles = pages.SelectMany(p => SamplePages.Parse(UnitHomeRenderer.Render(p)).QuerySelectorAll("#az li a").Select(a => a.TextContent)).ToList();

        Assert.Equal(unit.Sheets.Select(s => s.Title).Order(VietnameseCollation.Instance), titles);
    }

    [Fact]
    public void A_letter_with_more_than_a_page_of_procedures_continues_on_a_numbered_page()
    {
        var pages = UnitIndex.LetterPages(PageModelFactory.UnitHome(UnitWith(2000)));

        var dStroke = pages.Where(p => p.Index[0].Anchor.StartsWith("chu-dd", StringComparison.Ordinal)).ToList();
        Assert.True(dStroke.Count >= 2);
        Assert.Equal(["Đ", "Đ (2)"], dStroke.Take(2).Select(p => p.Index[0].Letter));
        Assert.Equal("/tp-cao-bang/chu-dd-2.html", dStroke[1].Index[0].Href);
        Assert.All(pages, p => Assert.InRange(p.Index[0].Entries.Count, 1, UnitIndex.PerPage));
    }

    [Fact]
    public void A_letter_page_leads_back_to_the_unit_home_and_filters_its_own_list()
    {
        var page = UnitIndex.LetterPages(PageModelFactory.UnitHome(UnitWith(400)))[0];

        var html = UnitHomeRenderer.Render(page);
        var document = SamplePages.Parse(html);

        Assert.Contains("/tp-cao-bang/", document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("Thủ tục từ A đến Z: ", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(UnitHomeRenderer.FilterScript, html, StringComparison.Ordinal);
    }

    private static SiteModel SiteWith(int procedures) => new([UnitWith(procedures)]);

    /// <summary>The sample city's unit with its 13-odd fields, holding <paramref name="procedures"/> varied procedures.</summary>
    private static Unit UnitWith(int procedures)
    {
        var template = SamplePages.CaoBang;
        var random = new Random(14);
        var sheets = Enumerable.Range(0, procedures).Select(i =>
        {
            var field = template.Fields[i % template.Fields.Count];
            var title = $"{Verbs[random.Next(Verbs.Length)]} {Objects[random.Next(Objects.Length)]} {Topics[random.Next(Topics.Length)]} ({random.Next(100, 999)})";
            return new Sheet
            {
                Unit = template.Slug, Field = field.Slug, Slug = $"thu-tuc-{i}", SourcePath = $"units/{template.Slug}/{field.Slug}/thu-tuc-{i}.md",
                Title = title, NationalCode = $"1.{i:000000}", Level = ServiceLevel.MotPhan, Fee = "Không", ProcessingTime = "05 ngày làm việc",
                Body = "## Trình tự thực hiện\n\nNộp hồ sơ tại Bộ phận Một cửa.\n",
            };
        });
        return template with { Sheets = [.. sheets] };
    }
}
