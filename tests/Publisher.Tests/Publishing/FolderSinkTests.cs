using MotCua.TestSupport;
using MotCua.Domain.Build;

namespace MotCua.Domain.Tests.Build;

public sealed class SiteBuilderTests : IDisposable
{
    private static readonly DateOnly Today = TestClock.Today;
    private readonly TempSite _site = new();
    private readonly string _out;

    public SiteBuilderTests()
    {
        _out = Path.Combine(_site.Root, "_out");
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("Đăng ký khai sinh", body: "Xem [b](b.md).\n"));
        _site.Write("units/thu/ho-tich/b.md", TempSite.Sheet("Đăng ký khai tử"));
        _site.Write("units/thu/chung-thuc/c.md", TempSite.Sheet("Chứng thực chữ ký"));
    }

    public void Dispose() => _site.Dispose();

    private BuildResult Build() => SiteBuilder.Build(Path.Combine(_site.Root), _out, Today);

    private DateTime Stamp(string blob) => File.GetLastWriteTimeUtc(Path.Combine(_out, blob));

    [Fact]
    public void A_first_build_writes_every_page_at_its_blob_name()
    {
        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.Unchanged);
        foreach (var blob in new[] { "index.html", "404.html", "thu/index.html", "thu/ho-tich/index.html", "thu/ho-tich/a.html", "thu/chung-thuc/c.html", "thu/gop-y/quay-1.html", "thu/gop-y/cam-on.html" })
        {
            Assert.True(File.Exists(Path.Combine(_out, blob)), blob);
        }

        Assert.Contains("href=\"/thu/ho-tich/b.html\"", File.ReadAllText(Path.Combine(_out, "thu/ho-tich/a.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out, BuildCache.FileName)));
    }

    [Fact]
    public void A_second_build_with_nothing_changed_renders_nothing()
    {
        var first = Build();

        var second = Build();

        Assert.Equal((0, first.Rendered), (second.Rendered, second.Unchanged));
    }

    [Fact]
    public void Editing_one_sheet_body_re_renders_only_its_page()
    {
        Build();
        var boardStamp = Stamp("thu/ho-tich/index.html");
        _site.Write("units/thu/ho-tich/b.md", TempSite.Sheet("Đăng ký khai tử", body: "Nội dung mới.\n"));

        var result = Build();

        Assert.Equal(1, result.Rendered);
        Assert.Contains("Nội dung mới.", File.ReadAllText(Path.Combine(_out, "thu/ho-tich/b.html")), StringComparison.Ordinal);
        Assert.Equal(boardStamp, Stamp("thu/ho-tich/index.html"));
    }

    [Fact]
    public void Renaming_a_procedure_re_renders_its_page_board_unit_home_and_survey()
    {
        Build();
        _site.Write("units/thu/ho-tich/b.md", TempSite.Sheet("Đăng ký khai tử (sửa)"));

        var result = Build();

        Assert.Equal(5, result.Rendered); // and /_data/survey.json, which names procedures
        Assert.Contains("Đăng ký khai tử (sửa)", File.ReadAllText(Path.Combine(_out, "thu/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_sheet_removes_its_page_and_a_link_to_it_stops_the_build()
    {
        Build();
        File.Delete(Path.Combine(_site.Root, "units/thu/ho-tich/b.md"));

        var broken = Build();

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Path.EndsWith("a.md", StringComparison.Ordinal) && d.Message.StartsWith("liên kết hỏng 'b.md'", StringComparison.Ordinal));
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("Đăng ký khai sinh"));

        var fixedResult = Build();

        Assert.True(fixedResult.Succeeded);
        Assert.Equal(1, fixedResult.Deleted);
        Assert.False(File.Exists(Path.Combine(_out, "thu/ho-tich/b.html")));
    }

    [Fact]
    public void A_site_with_errors_writes_nothing()
    {
        _site.Write("units/thu/ho-tich/d.md", "---\ntittle: D\n---\n");

        var result = Build();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void A_page_over_its_budget_is_an_error_and_is_not_written()
    {
        var incompressible = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24_000));
        _site.Write("units/thu/ho-tich/dai.md", TempSite.Sheet("Dài", body: incompressible + "\n"));

        var result = Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("dai.md", StringComparison.Ordinal) && d.Message.Contains("quá mức 14 KB", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_out, "thu/ho-tich/dai.html")));
    }

    [Fact]
    public void A_deleted_output_file_is_written_again()
    {
        Build();
        File.Delete(Path.Combine(_out, "thu/ho-tich/a.html"));

        var result = Build();

        Assert.Equal(1, result.Rendered);
        Assert.True(File.Exists(Path.Combine(_out, "thu/ho-tich/a.html")));
    }
}
