using System.Text;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Publisher.Publishing;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Publishing;

public sealed class SiteFilesTests
{
    [Fact]
    public void Every_code_of_the_sample_merged_offices_opens_a_page_the_publisher_writes_within_the_budget()
    {
        var (site, _) = SiteLoader.Load(RepositoryPaths.Site);
        var (registry, _) = CodeRegistryLoader.Load(RepositoryPaths.Site);
        var pages = new SiteFiles(site, registry).RenderAll("QR.EXAMPLE.VN").ToDictionary(p => p.BlobName, StringComparer.Ordinal);

        var old = CodeResolver.Resolve(registry, site).Codes.Where(c => c.Unit is "tp-cao-bang" or "phuong-quan-thanh").ToList();

        Assert.True(old.Count >= 60, $"{old.Count} codes");
        Assert.All(old, c => Assert.True(c.SuccessorPath is not null && pages.ContainsKey(SitePaths.BlobName(c.SuccessorPath)), $"{c.Code} → {c.SuccessorPath}"));
        foreach (var unit in new[] { "tp-cao-bang", "phuong-quan-thanh" })
        {
            Assert.True(Gzip.Compress(pages[SitePaths.BlobName(SitePaths.MergerNotice(unit))].Bytes).Length <= PageBudget.MaxGzippedBytes);
        }
    }

    [Fact]
    public void The_notice_on_a_merged_offices_pages_links_a_page_the_publisher_writes()
    {
        var (site, _) = SiteLoader.Load(RepositoryPaths.Site);
        var (registry, _) = CodeRegistryLoader.Load(RepositoryPaths.Site);
        var pages = new SiteFiles(site, registry).RenderAll("QR.EXAMPLE.VN").ToDictionary(p => p.BlobName, StringComparer.Ordinal);

        foreach (var unit in new[] { "tp-cao-bang", "phuong-quan-thanh" })
        {
            var link = $"<a href=\"{SitePaths.MergerNotice(unit)}\">";
            var notice = SitePaths.BlobName(SitePaths.MergerNotice(unit));
            var unitPages = pages.Values.Where(p => p.BlobName.StartsWith(unit + "/", StringComparison.Ordinal) && p.BlobName.EndsWith(".html", StringComparison.Ordinal) && p.BlobName != notice).ToList();

            Assert.True(unitPages.Count >= 10, $"{unit}: {unitPages.Count} pages");
            Assert.All(unitPages, p => Assert.Contains(link, Encoding.UTF8.GetString(p.Bytes), StringComparison.Ordinal));
            Assert.True(pages.ContainsKey(notice));
        }
    }
}
