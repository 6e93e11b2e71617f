using System.Text;
using MotCua.Data.Privacy;
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

public sealed class MergedOfficePagesTests
{
    [Fact]
    public void Every_page_of_a_merged_office_says_it_no_longer_takes_applications_and_links_where_they_go_now()
    {
        var site = MergerSite.Build();
        var pages = new SiteRenderer(site, StoredTables.All).BuildAll().Where(p => p.BlobName.StartsWith("tp-cu/", StringComparison.Ordinal) && p.ContentType.StartsWith("text/html", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var main = MainOf(page);
            Assert.StartsWith("<p class=\"note\"><strong>Từ ngày 01/07/2025, UBND thành phố Cũ không còn tiếp nhận hồ sơ</strong>", main, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/tp-cu/sap-nhap.html\">Xem nơi tiếp nhận hồ sơ hiện nay</a>", main, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_page_of_a_working_office_carries_the_notice()
    {
        var pages = new SiteRenderer(MergerSite.Build(), StoredTables.All).BuildAll().Where(p => p.BlobName.StartsWith("phuong-", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.DoesNotContain("không còn tiếp nhận hồ sơ", Encoding.UTF8.GetString(page.Bytes), StringComparison.Ordinal));
    }

    private static string MainOf(BuiltPage page)
    {
        var html = Encoding.UTF8.GetString(page.Bytes);
        return html[(html.IndexOf("<main>", StringComparison.Ordinal) + "<main>".Length)..];
    }
}
