using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class ValidateVerbTests : IDisposable
{
    private readonly SiteFolder _site = new();

    private string Root => _site.Root;

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Errors_are_printed_one_per_line_with_the_path_as_given_and_exit_1()
    {
        _site.WriteUnit();
        _site.Write("units/thu/ho-tich/a.md", "---\ntittle: A\n---\n" + SiteFolder.Body);
        _site.Write("units/thu/ho-tich/b.md", "---\ntitle: B\ncode: 1.2\n---\n" + SiteFolder.Body);

        var (code, output, _) = await PublisherCli.RunAsync("validate", Root);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var root = Root.Replace('\\', '/');
        Assert.Contains($"{root}/units/thu/ho-tich/a.md:2:1: error: không có khóa 'tittle'; có phải ý bạn là 'title'?", lines);
        Assert.Contains(lines, l => l.StartsWith($"{root}/units/thu/ho-tich/b.md:3:7: error: '1.2' không phải mã thủ tục quốc gia", StringComparison.Ordinal));
        Assert.Contains("2 lỗi, 0 cảnh báo", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_site_exits_0()
    {
        _site.WriteUnit();
        _site.Write("units/thu/ho-tich/a.md", $"---\ntitle: A\nupdated: {TestClock.TodayIso}\n---\nNội dung.\n");

        var (code, output, _) = await PublisherCli.RunAsync("validate", Root);

        Assert.Equal(0, code);
        Assert.StartsWith("0 lỗi, 0 cảnh báo trong 1 đơn vị, 1 tệp thủ tục", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_site_folder_is_one_clear_error()
    {
        var (code, _, error) = await PublisherCli.RunAsync("validate", Path.Combine(Root, "khong-co"));

        Assert.Equal(1, code);
        Assert.StartsWith("error: không tìm thấy thư mục trang", error, StringComparison.Ordinal);
    }
}
