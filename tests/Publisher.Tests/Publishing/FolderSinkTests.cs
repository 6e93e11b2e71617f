using MotCua.Publisher.Publishing;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Publishing;

/// <summary>The pipeline into a folder: incremental by each page's input hash, nothing written while the site has errors.</summary>
public sealed class FolderSinkTests : IDisposable
{
    private const string UnitYaml = "name: Phường Thử\nfields:\n  ho-tich: Hộ tịch\n  chung-thuc: Chứng thực\ncounters:\n  quay-1: Quầy số 1\n";

    private readonly SiteFolder _site = new();
    private readonly string _out;

    public FolderSinkTests()
    {
        _out = Path.Combine(_site.Root, "_out");
        _site.Write("units/thu/unit.yaml", UnitYaml);
        _site.Write("units/thu/ho-tich/a.md", Sheet("Đăng ký khai sinh", body: "Xem [b](b.md).\n"));
        _site.Write("units/thu/ho-tich/b.md", Sheet("Đăng ký khai tử"));
        _site.Write("units/thu/chung-thuc/c.md", Sheet("Chứng thực chữ ký"));
    }

    public void Dispose() => _site.Dispose();

    private static string Sheet(string title, string body = SiteFolder.Body) =>
        $"---\ntitle: {title}\nupdated: {TestClock.TodayIso}\n---\n{body}";

    private Task<SiteRunResult<FolderBuild>> BuildAsync() =>
        SitePipeline.RunAsync(new SiteRun(_site.Root, TestClock.Today), new FolderSink(_site.Root, _out), CancellationToken.None);

    private DateTime Stamp(string blob) => File.GetLastWriteTimeUtc(Path.Combine(_out, blob));

    [Fact]
    public async Task A_first_build_writes_every_page_at_its_blob_name()
    {
        var result = await BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.Outcome!.Unchanged);
        foreach (var blob in new[] { "index.html", "404.html", "thu/index.html", "thu/ho-tich/index.html", "thu/ho-tich/a.html", "thu/chung-thuc/c.html", "thu/gop-y/quay-1.html", "thu/gop-y/cam-on.html" })
        {
            Assert.True(File.Exists(Path.Combine(_out, blob)), blob);
        }

        Assert.Contains("href=\"/thu/ho-tich/b.html\"", File.ReadAllText(Path.Combine(_out, "thu/ho-tich/a.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out, BuildCache.FileName)));
    }

    [Fact]
    public async Task A_second_build_with_nothing_changed_renders_nothing()
    {
        var first = await BuildAsync();

        var second = await BuildAsync();

        Assert.Equal((0, first.Outcome!.Rendered), (second.Outcome!.Rendered, second.Outcome!.Unchanged));
    }

    [Fact]
    public async Task Editing_one_sheet_body_re_renders_only_its_page()
    {
        await BuildAsync();
        var boardStamp = Stamp("thu/ho-tich/index.html");
        _site.Write("units/thu/ho-tich/b.md", Sheet("Đăng ký khai tử", body: "Nội dung mới.\n"));

        var result = await BuildAsync();

        Assert.Equal(1, result.Outcome!.Rendered);
        Assert.Contains("Nội dung mới.", File.ReadAllText(Path.Combine(_out, "thu/ho-tich/b.html")), StringComparison.Ordinal);
        Assert.Equal(boardStamp, Stamp("thu/ho-tich/index.html"));
    }

    [Fact]
    public async Task Renaming_a_procedure_re_renders_its_page_board_unit_home_and_survey()
    {
        await BuildAsync();
        _site.Write("units/thu/ho-tich/b.md", Sheet("Đăng ký khai tử (sửa)"));

        var result = await BuildAsync();

        Assert.Equal(5, result.Outcome!.Rendered); // and /_data/survey.json, which names procedures
        Assert.Contains("Đăng ký khai tử (sửa)", File.ReadAllText(Path.Combine(_out, "thu/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_sheet_removes_its_page_and_a_link_to_it_stops_the_build()
    {
        await BuildAsync();
        File.Delete(Path.Combine(_site.Root, "units/thu/ho-tich/b.md"));

        var broken = await BuildAsync();

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Path.EndsWith("a.md", StringComparison.Ordinal) && d.Message.StartsWith("liên kết hỏng 'b.md'", StringComparison.Ordinal));
        _site.Write("units/thu/ho-tich/a.md", Sheet("Đăng ký khai sinh"));

        var fixedResult = await BuildAsync();

        Assert.True(fixedResult.Succeeded);
        Assert.Equal(1, fixedResult.Outcome!.Deleted);
        Assert.False(File.Exists(Path.Combine(_out, "thu/ho-tich/b.html")));
    }

    [Fact]
    public async Task A_site_with_errors_writes_nothing()
    {
        _site.Write("units/thu/ho-tich/d.md", "---\ntittle: D\n---\n");

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public async Task A_page_over_its_budget_is_an_error_and_is_not_written()
    {
        var incompressible = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24_000));
        _site.Write("units/thu/ho-tich/dai.md", Sheet("Dài", body: incompressible + "\n"));

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("dai.md", StringComparison.Ordinal) && d.Message.Contains("quá mức 14 KB", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_out, "thu/ho-tich/dai.html")));
    }

    [Fact]
    public async Task A_deleted_output_file_is_written_again()
    {
        await BuildAsync();
        File.Delete(Path.Combine(_out, "thu/ho-tich/a.html"));

        var result = await BuildAsync();

        Assert.Equal(1, result.Outcome!.Rendered);
        Assert.True(File.Exists(Path.Combine(_out, "thu/ho-tich/a.html")));
    }
}
