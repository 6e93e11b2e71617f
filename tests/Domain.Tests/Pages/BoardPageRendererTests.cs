using MotCua.Domain.Pages;

namespace MotCua.Domain.Tests.Pages;

public sealed class BoardPageRendererTests
{
    [Fact]
    public void A_board_lists_its_active_procedures_in_Vietnamese_order_and_its_retired_ones_apart()
    {
        var unit = SamplePages.CaoBang;
        var page = PageModelFactory.Board(unit, unit.FindField("ho-tich")!);

        var document = SamplePages.Parse(BoardPageRenderer.Render(page));

        var titles = document.QuerySelectorAll("main ul.links")[0].QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Cấp bản sao trích lục hộ tịch", "Cấp Giấy xác nhận tình trạng hôn nhân", "Đăng ký kết hôn", "Đăng ký khai sinh",
            "Đăng ký khai tử", "Đăng ký nhận cha, mẹ, con", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch"], titles);
        Assert.Equal("Thủ tục đã bãi bỏ", document.QuerySelector("main h2")?.TextContent);
        Assert.Equal("Hộ tịch", document.QuerySelector("h1")?.TextContent);
    }
}
