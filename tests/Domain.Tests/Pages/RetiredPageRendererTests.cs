using MotCua.Domain.Pages;

namespace MotCua.Domain.Tests.Pages;

public sealed class RetiredPageRendererTests
{
    [Fact]
    public void A_retired_page_says_so_and_links_its_replacement()
    {
        var page = SamplePages.Procedure("tp-cao-bang/ho-tich/cap-ban-sao-giay-khai-sinh");

        var document = SamplePages.Parse(RetiredPageRenderer.Render(page));

        Assert.Contains("đã bãi bỏ", document.QuerySelector("article .note")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/tp-cao-bang/ho-tich/cap-ban-sao-trich-luc-ho-tich.html']"));
        Assert.Null(document.QuerySelector("a.go"));
    }

    [Fact]
    public void A_retired_page_without_replacement_gives_its_reason_and_links_the_board()
    {
        var page = SamplePages.Procedure("phuong-quan-thanh/xay-dung/cap-giay-phep-xay-dung-co-thoi-han");

        var document = SamplePages.Parse(RetiredPageRenderer.Render(page));

        Assert.Contains("01/7/2025", document.QuerySelector("article .note")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("main a[href='/phuong-quan-thanh/xay-dung/']"));
    }
}
