using MotCua.TestSupport;
using System.Text;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class BuildVerbTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "motcua-build-" + Guid.NewGuid().ToString("N")[..12]);

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
    public async Task A_site_with_errors_is_refused_with_the_errors_printed()
    {
        Write("units/thu/unit.yaml", "name: Phường Thử\nfields:\n  ho-tich: Hộ tịch\n");
        Write("units/thu/ho-tich/a.md", "---\ntitle: A\ncode: abc\n---\n");
        var outDir = Path.Combine(_root, "out");

        var (code, _, error) = await RunAsync("build", Path.Combine(_root), "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains("/units/thu/ho-tich/a.md:3:7: error: 'abc' không phải mã thủ tục quốc gia", error, StringComparison.Ordinal);
        Assert.Contains("chưa dựng trang", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task A_clean_site_is_built_and_a_rebuild_renders_nothing()
    {
        Write("units/thu/unit.yaml", "name: Phường Thử\nfields:\n  ho-tich: Hộ tịch\n");
        Write("units/thu/ho-tich/a.md", $"---\ntitle: A\nupdated: {TestClock.TodayIso}\n---\nNội dung.\n");
        var outDir = Path.Combine(_root, "out");

        var (first, firstOut, _) = await RunAsync("build", _root, "--out", outDir);
        var (second, secondOut, _) = await RunAsync("build", _root, "--out", outDir);

        Assert.Equal((0, 0), (first, second));
        // Root, 404, the privacy notice, survey.json, the unit's home, thanks page, board and sheet.
        Assert.Contains("8 trang dựng mới, 0 trang không đổi", firstOut, StringComparison.Ordinal);
        Assert.Contains("0 trang dựng mới, 8 trang không đổi", secondOut, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "thu", "ho-tich", "a.html")));
    }

    [Fact]
    public async Task Missing_out_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("build", _root);

        Assert.Equal(2, code);
        Assert.Contains("missing --out DIR", error, StringComparison.Ordinal);
    }
}
