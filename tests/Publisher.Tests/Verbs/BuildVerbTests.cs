using MotCua.Domain.Sheets;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class BuildVerbTests : IDisposable
{
    private readonly SiteFolder _site = new();

    private string Root => _site.Root;

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_site_with_errors_is_refused_with_the_errors_printed()
    {
        _site.WriteUnit();
        _site.Write("units/thu/ho-tich/a.md", "---\ntitle: A\ncode: abc\n---\n");
        var outDir = Path.Combine(Root, "out");

        var (code, _, error) = await PublisherCli.RunAsync("build", Path.Combine(Root), "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains("/units/thu/ho-tich/a.md:3:7: error: 'abc' không phải mã thủ tục quốc gia", error, StringComparison.Ordinal);
        Assert.Contains("chưa dựng trang", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task A_clean_site_is_built_and_a_rebuild_renders_nothing()
    {
        _site.WriteUnit();
        _site.Write("units/thu/ho-tich/a.md", $"---\ntitle: A\nupdated: {TestClock.TodayIso}\n---\nNội dung.\n");
        var outDir = Path.Combine(Root, "out");

        var (first, firstOut, _) = await PublisherCli.RunAsync("build", Root, "--out", outDir);
        var (second, secondOut, _) = await PublisherCli.RunAsync("build", Root, "--out", outDir);

        Assert.Equal((0, 0), (first, second));
        // Root, 404, the privacy notice, survey.json, the unit's home, thanks page, board and sheet.
        Assert.Contains("8 trang dựng mới, 0 trang không đổi", firstOut, StringComparison.Ordinal);
        Assert.Contains("0 trang dựng mới, 8 trang không đổi", secondOut, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "thu", "ho-tich", "a.html")));
    }

    [Fact]
    public async Task Every_site_link_on_a_built_page_opens_a_built_file_the_merged_offices_notices_included()
    {
        var outDir = Path.Combine(Root, "out");

        var (code, _, _) = await PublisherCli.RunAsync("build", RepositoryPaths.Site, "--out", outDir);

        Assert.Equal(0, code);
        var notices = 0;
        foreach (var page in Directory.GetFiles(outDir, "*.html", SearchOption.AllDirectories))
        {
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), "href=\"(/[^\"#?]*)"))
            {
                var path = link.Groups[1].Value;
                if (path.StartsWith("/go/", StringComparison.Ordinal) || path.StartsWith("/s/", StringComparison.Ordinal))
                {
                    continue;
                }

                notices += path.EndsWith("/sap-nhap.html", StringComparison.Ordinal) ? 1 : 0;
                Assert.True(
                    StaticWebsitePaths.Candidates(path).Any(blob => File.Exists(Path.Combine(outDir, blob))),
                    $"{Path.GetRelativePath(outDir, page)} links {path}, which the static website would answer with its 404 page");
            }
        }

        Assert.True(notices > 0, "no page of a merged office links its notice");
    }

    [Fact]
    public async Task Missing_out_is_a_usage_error()
    {
        var (code, _, error) = await PublisherCli.RunAsync("build", Root);

        Assert.Equal(2, code);
        Assert.Contains("error: thiếu --out THƯ_MỤC_RA (Thư mục ghi kết quả ra)", error, StringComparison.Ordinal);
    }
}
