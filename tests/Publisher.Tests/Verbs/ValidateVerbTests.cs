using MotCua.TestSupport;
using System.Text;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class ValidateVerbTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "motcua-validate-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, TestClock.Create());
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Errors_are_printed_one_per_line_with_the_path_as_given_and_exit_1()
    {
        Write("units/thu/unit.yaml", "name: Phường Thử\nfields:\n  ho-tich: Hộ tịch\n");
        Write("units/thu/ho-tich/a.md", "---\ntittle: A\n---\n");
        Write("units/thu/ho-tich/b.md", "---\ntitle: B\ncode: 1.2\n---\n");

        var (code, output, _) = await RunAsync("validate", _root);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var root = _root.Replace('\\', '/');
        Assert.Contains($"{root}/units/thu/ho-tich/a.md:2:1: error: không có khóa 'tittle'; có phải ý bạn là 'title'?", lines);
        Assert.Contains(lines, l => l.StartsWith($"{root}/units/thu/ho-tich/b.md:3:7: error: '1.2' không phải mã thủ tục quốc gia", StringComparison.Ordinal));
        Assert.Contains("3 lỗi, 0 cảnh báo", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_site_exits_0()
    {
        Write("units/thu/unit.yaml", "name: Phường Thử\nfields:\n  ho-tich: Hộ tịch\n");
        Write("units/thu/ho-tich/a.md", $"---\ntitle: A\nupdated: {TestClock.TodayIso}\n---\nNội dung.\n");

        var (code, output, _) = await RunAsync("validate", _root);

        Assert.Equal(0, code);
        Assert.StartsWith("0 lỗi, 0 cảnh báo trong 1 đơn vị, 1 phiếu thủ tục", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_site_folder_is_one_clear_error()
    {
        var (code, _, error) = await RunAsync("validate", Path.Combine(_root, "khong-co"));

        Assert.Equal(1, code);
        Assert.StartsWith("error: không tìm thấy thư mục trang", error, StringComparison.Ordinal);
    }
}
