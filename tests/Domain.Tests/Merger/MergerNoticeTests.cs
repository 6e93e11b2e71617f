using System.Text;
using MotCua.Domain.Build;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.TestSupport;

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

    [Fact]
    public void Every_code_of_the_sample_merged_offices_opens_a_page_the_publisher_writes_within_the_budget()
    {
        var (site, _) = SiteLoader.Load(RepositoryPaths.Site);
        var (registry, _) = CodeRegistryLoader.Load(RepositoryPaths.Site);
        var pages = SiteBuilder.BuildAll(site, SiteExtras.PortalLinks(registry)).Concat(SiteExtras.Render(site, registry, "QR.EXAMPLE.VN"))
            .ToDictionary(p => p.BlobName, StringComparer.Ordinal);

        var old = CodeResolver.Resolve(registry, site).Codes.Where(c => c.Unit is "tp-cao-bang" or "phuong-quan-thanh").ToList();

        Assert.True(old.Count >= 60, $"{old.Count} codes");
        Assert.All(old, c => Assert.True(c.SuccessorPath is not null && pages.ContainsKey(SitePaths.BlobName(c.SuccessorPath)), $"{c.Code} → {c.SuccessorPath}"));
        foreach (var unit in new[] { "tp-cao-bang", "phuong-quan-thanh" })
        {
            Assert.True(Gzip.Compress(pages[SitePaths.BlobName(SitePaths.MergerNotice(unit))].Bytes).Length <= PageBudget.MaxGzippedBytes);
        }
    }
}
