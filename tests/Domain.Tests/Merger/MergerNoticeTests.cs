using System.Text;
using MotCua.Domain.Pages;

namespace MotCua.Domain.Tests.Merger;

public sealed class MergerNoticeTests
{
    [Fact]
    public void The_notice_says_where_the_office_went_with_addresses_boards_and_the_portal()
    {
        var site = MergerSite.Build();

        var html = MergerNoticeRenderer.Render(site.Units[0], [site.Units[1], site.Units[2]]);

        Assert.Contains("<h1>UBND thành phố Cũ nay thuộc UBND phường A, UBND phường B</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Từ ngày 01/07/2025", html, StringComparison.Ordinal);
        Assert.Contains("Số 1 đường Kim Đồng, phường A", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/phuong-a/cap-tinh/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/phuong-b/nong-nghiep/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://dichvucong.gov.vn\"", html, StringComparison.Ordinal);
        Assert.True(html.IsNormalized(NormalizationForm.FormC));
    }
}
