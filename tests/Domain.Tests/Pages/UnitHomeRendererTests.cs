using MotCua.Domain.Pages;
using MotCua.Domain.Text;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Pages;

public sealed class UnitHomeRendererTests
{
    private static readonly AngleSharp.Dom.IDocument Home =
        SamplePages.Parse(UnitHomeRenderer.Render(PageModelFactory.UnitHome(SamplePages.CaoBang)));

    [Fact]
    public void The_home_lists_every_board_in_unit_yaml_order()
    {
        var boards = Home.QuerySelectorAll("main > ul.links a").Select(a => a.GetAttribute("href") ?? "").ToArray();

        Assert.Equal(SamplePages.CaoBang.Fields.Select(f => $"/tp-cao-bang/{f.Slug}/").ToArray(), boards);
    }

    [Fact]
    public void The_A_to_Z_groups_follow_the_Vietnamese_alphabet_with_D_stroke_before_G()
    {
        var letters = Home.QuerySelectorAll("#az h3").Select(h => h.TextContent).ToList();

        Assert.Equal(["C", "Đ", "G", "H", "T", "X"], letters);
    }

    [Fact]
    public void Every_active_procedure_is_listed_once_in_Vietnamese_order()
    {
        var titles = Home.QuerySelectorAll("#az li a").Select(a => a.TextContent).ToList();
        var expected = SamplePages.CaoBang.Sheets.Where(s => !s.Retired).Select(s => s.Title).ToList();

        Assert.Equal(expected.Order(VietnameseCollation.Instance), titles);
    }

    [Fact]
    public void Typing_without_diacritics_finds_the_entry_without_JavaScript()
    {
        var entry = Home.QuerySelectorAll("#az li").Single(li => li.QuerySelector("a")!.TextContent == "Đăng ký khai sinh");

        Assert.Contains("dang ky khai sinh", entry.QuerySelector(".k")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folded_title_is_not_visible_text_and_screen_readers_skip_it()
    {
        var entry = Home.QuerySelectorAll("#az li").Single(li => li.QuerySelector("a")!.TextContent == "Đăng ký khai sinh");
        var hidden = entry.QuerySelector(".k .vh")!;

        Assert.Equal("dang ky khai sinh · ", hidden.TextContent);
        Assert.Equal("true", hidden.GetAttribute("aria-hidden"));
        Assert.Equal("Hộ tịch", entry.QuerySelector(".k")!.TextContent[hidden.TextContent.Length..]);
        Assert.Contains(".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)", SiteStyle.Css, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unit_home_renders_as_the_approved_page()
    {
        var html = UnitHomeRenderer.Render(PageModelFactory.UnitHome(SamplePages.CaoBang));

        Approval.Verify("Approved/unit-home.html", html);
    }

    [Fact]
    public void The_optional_filter_script_stays_under_1_KB() =>
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(UnitHomeRenderer.FilterScript) <= 1024);
}
