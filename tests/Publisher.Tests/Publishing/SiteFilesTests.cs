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
}
