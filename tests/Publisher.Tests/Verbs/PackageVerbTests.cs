using MotCua.TestSupport;
using MotCua.Publisher.Tests.Packaging;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class PackageVerbTests : IDisposable
{
    private readonly FakeFunctionApp _app = new();

    [Fact]
    public async Task Package_with_a_publish_output_lays_out_the_app_and_lists_its_functions()
    {
        var (code, stdout, stderr) = await RunAsync("package", "--out", _app.Output, "--repo", _app.Repository, "--publish-dir", _app.Publish);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("GET,HEAD /s/{code}", stdout, StringComparison.Ordinal);
        Assert.Contains("timer 0 5 * * * *", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_app.Output, "Scan", "function.json")));
    }

    [Fact]
    public async Task Package_without_out_is_a_usage_error()
    {
        var (code, _, stderr) = await RunAsync("package", "--repo", _app.Repository);

        Assert.Equal(2, code);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_function_json_fails_with_one_line_naming_the_file()
    {
        _app.Write("repo/functions/Handler/Functions/Scan/function.json", "{}");

        var (code, _, stderr) = await RunAsync("package", "--out", _app.Output, "--repo", _app.Repository, "--publish-dir", _app.Publish);

        Assert.Equal(1, code);
        Assert.StartsWith("error: " + Path.Combine(_app.Repository, "functions/Handler/Functions/Scan/function.json"), stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, TestClock.Create());
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _app.Dispose();
}
