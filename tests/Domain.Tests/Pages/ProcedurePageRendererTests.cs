using MotCua.Domain.Pages;

namespace MotCua.Domain.Tests.Pages;

public sealed class ProcedurePageRendererTests
{
    private const string KhaiSinh = "tp-cao-bang/ho-tich/dang-ky-khai-sinh";

    [Fact]
    public void Every_page_is_Vietnamese_UTF8_HTML_with_viewport_and_Open_Graph_tags()
    {
        var html = ProcedurePageRenderer.Render(SamplePages.Procedure(KhaiSinh));
        var document = SamplePages.Parse(html);

        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("meta[charset=utf-8]"));
        Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
        Assert.Equal("Đăng ký khai sinh – Hộ tịch", document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal("vi_VN", document.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
        Assert.NotNull(document.QuerySelector("meta[property='og:description']"));
        Assert.Equal("article", document.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_needs_nothing_from_another_host()
    {
        var document = SamplePages.Parse(ProcedurePageRenderer.Render(SamplePages.Procedure(KhaiSinh)));

        Assert.Empty(document.QuerySelectorAll("link[rel=stylesheet], script[src], img, iframe, link[rel=preload]"));
        Assert.All(document.QuerySelectorAll("a").Where(a => !a.ClassList.Contains("go") && a.GetAttribute("href")?.StartsWith("tel:", StringComparison.Ordinal) != true),
            a => Assert.StartsWith("/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_says_it_has_no_icon_so_no_browser_asks_for_favicon_ico()
    {
        var document = SamplePages.Parse(ProcedurePageRenderer.Render(SamplePages.Procedure(KhaiSinh)));

        Assert.Equal("data:,", document.QuerySelector("head link[rel=icon]")?.GetAttribute("href"));
    }

    [Fact]
    public void The_offices_phone_in_the_footer_is_a_link_that_calls_it()
    {
        var document = SamplePages.Parse(ProcedurePageRenderer.Render(SamplePages.Procedure(KhaiSinh)));

        var phone = Assert.Single(document.QuerySelectorAll("footer a[href^='tel:']"));
        Assert.Equal(("tel:02063852113", "0206 3852 113"), (phone.GetAttribute("href"), phone.TextContent));
    }

    [Theory]
    [InlineData("0206 3852 113", "<a href=\"tel:02063852113\">0206 3852 113</a>")]
    [InlineData("+84 24.3843.0220", "<a href=\"tel:+842438430220\">+84 24.3843.0220</a>")]
    [InlineData("0206 3852 113 hoặc 0912 000 000", "0206 3852 113 hoặc 0912 000 000")]
    [InlineData("113", "113")]
    public void Only_a_single_number_becomes_a_tel_link(string phone, string html) =>
        Assert.Equal(html, PageShell.Phone(phone));

    [Fact]
    public void Breadcrumbs_lead_back_to_the_board_and_home()
    {
        var document = SamplePages.Parse(ProcedurePageRenderer.Render(SamplePages.Procedure(KhaiSinh)));

        var crumbs = document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["/", "/tp-cao-bang/", "/tp-cao-bang/ho-tich/"], crumbs);
    }

    [Fact]
    public void The_online_filing_link_goes_to_the_portal_when_no_short_code_is_registered()
    {
        var document = SamplePages.Parse(ProcedurePageRenderer.Render(SamplePages.Procedure(KhaiSinh)));

        var go = Assert.Single(document.QuerySelectorAll("a.go"));
        Assert.Equal("Nộp hồ sơ trực tuyến", go.TextContent);
        Assert.Equal(SamplePages.Sheet(KhaiSinh).OnlineUrl, go.GetAttribute("href"));
    }

    [Fact]
    public void The_online_filing_link_uses_the_counted_go_route_when_the_registry_gives_one()
    {
        var page = SamplePages.Procedure(KhaiSinh, sheet => sheet.NationalCode == "1.001193" ? "/go/HT2K" : null);

        var go = SamplePages.Parse(ProcedurePageRenderer.Render(page)).QuerySelector("a.go");

        Assert.Equal("/go/HT2K", go?.GetAttribute("href"));
    }

    [Fact]
    public void A_procedure_without_online_service_has_no_filing_link()
    {
        var page = SamplePages.Procedure("tp-cao-bang/chung-thuc/chung-thuc-chu-ky");

        Assert.Null(SamplePages.Parse(ProcedurePageRenderer.Render(page)).QuerySelector("a.go"));
    }

    [Fact]
    public void The_updated_date_is_shown_the_Vietnamese_way_with_a_machine_date()
    {
        var time = SamplePages.Parse(ProcedurePageRenderer.Render(SamplePages.Procedure(KhaiSinh))).QuerySelector("time");

        Assert.Equal("2026-09-15", time?.GetAttribute("datetime"));
        Assert.Equal("15/09/2026", time?.TextContent);
    }
}
