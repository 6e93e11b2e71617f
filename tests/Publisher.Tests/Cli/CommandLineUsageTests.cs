using MotCua.Publisher.Cli;
using MotCua.Publisher.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Cli;

/// <summary>Every verb has --help, refuses what it does not know with exit 2 before touching anything, and completes in the shell.</summary>
public sealed class CommandLineUsageTests
{
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var verb in VerbCatalog.Create(TestClock.Create()))
        {
            data.Add(verb.Name);
        }

        return data;
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, TestClock.Create());
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The verb with its required arguments filled in and every option it takes, one of them misspelt by a dropped letter.</summary>
    private static string[] Mistyped(IVerb verb, out string wrong, out string meant)
    {
        var syntax = VerbSyntax.FromUsage(verb.Usage, verb.Flags);
        meant = syntax.Options[0].Name;
        wrong = meant.Remove(3, 1);
        return [verb.Name, .. syntax.Arguments.Where(a => a.Required).Select(_ => RepositoryPaths.Site), wrong, "value"];
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Each_verb_refuses_a_mistyped_option_with_exit_2_and_names_the_option_meant(string name)
    {
        var verb = Array.Find(VerbCatalog.Create(TestClock.Create()), v => v.Name == name)!;

        var (code, output, error) = await RunAsync(Mistyped(verb, out var wrong, out var meant));

        Assert.Equal(CommandLine.Usage, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: không có tùy chọn '{wrong}'; có phải ý bạn là '{meant}'?", error, StringComparison.Ordinal);
        Assert.Contains($"cách dùng: publisher {verb.Usage}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_with_acount_url_never_falls_back_to_the_emulator()
    {
        var (code, output, error) = await RunAsync("publish", RepositoryPaths.Site, "--acount-url", "https://x.blob.core.windows.net");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: không có tùy chọn '--acount-url'; có phải ý bạn là '--account-url'?", error, StringComparison.Ordinal);
        Assert.DoesNotContain("kho lưu trữ", error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("70000")]
    public async Task Serve_refuses_a_port_that_is_not_one_before_building_anything(string port)
    {
        var (code, _, error) = await RunAsync("serve", RepositoryPaths.Site, "--port", port);

        Assert.Equal(CommandLine.Usage, code);
        Assert.StartsWith($"error: --port cần một số từ 0 đến 65535 (0: tự chọn một cổng trống), không phải '{port}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_port_another_program_holds_says_so_in_vietnamese_with_another_port_to_try()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, _, error) = await PublisherCli.RunAsync("serve", RepositoryPaths.Site, "--port", port);

        Assert.Equal(CommandLine.Failed, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: cổng {port} trên 127.0.0.1 đang có chương trình khác dùng, có thể là một lệnh serve khác chưa dừng: dừng chương trình đó, hoặc xem trước ở cổng khác, ví dụ --port 1313", line);
    }

    [Fact]
    public async Task An_option_with_a_value_may_be_written_with_an_equals_sign()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "motcua-cli-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var (code, output, error) = await RunAsync("build", RepositoryPaths.Site, $"--out={outDir}");

            Assert.True(code == CommandLine.Ok, error);
            Assert.StartsWith($"đã dựng {outDir}:", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Theory]
    [InlineData("pub", "publish")]
    [InlineData("publish site --acc", "--account-url")]
    [InlineData("new site Tên --fi", "--field")]
    public async Task The_suggest_directive_completes_verbs_and_options_for_the_shell(string typed, string expected)
    {
        var (code, output, _) = await RunAsync($"[suggest:{typed.Length}]", typed);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains(expected, output.Split('\n', StringSplitOptions.TrimEntries));
    }
}
