using MotCua.Domain.Pages;
using MotCua.Domain.Text;

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
    public void The_optional_filter_script_stays_under_1_KB() =>
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(UnitHomeRenderer.FilterScript) <= 1024);
}
