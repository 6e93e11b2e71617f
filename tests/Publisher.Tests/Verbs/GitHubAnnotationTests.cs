using MotCua.Publisher.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

/// <summary>
/// Under GitHub Actions every diagnostic is also a workflow command, so an editor who commits from the web sees it on
/// the line of the pull request; elsewhere the output stays plain. The environment is the test's, not the machine's.
/// </summary>
public sealed class GitHubAnnotationTests : IDisposable
{
    private readonly SiteFolder _site = new();

    public GitHubAnnotationTests()
    {
        _site.WriteUnit();
        _site.Write("units/thu/ho-tich/a.md", "---\ndate: 2026-01-01\ntitle: A\n---\n");
    }

    public void Dispose() => _site.Dispose();

    private static RunEnvironment Environment(params (string Name, string Value)[] variables) =>
        new(name => Array.Find(variables, v => v.Name == name).Value);

    private Task<(int Code, string Out, string Err)> RunAsync(IVerb verb, params string[] args) => PublisherCli.RunAsync([verb], [verb.Name, _site.Root, .. args]);

    [Fact]
    public async Task Validate_on_GitHub_Actions_adds_an_error_command_after_the_plain_line()
    {
        var verb = new ValidateVerb(TestClock.Create(), Environment(("GITHUB_ACTIONS", "true")));

        var (code, output, _) = await RunAsync(verb);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var root = _site.Root.Replace('\\', '/');
        var plain = Array.FindIndex(lines, l => l.StartsWith($"{root}/units/thu/ho-tich/a.md:2:1: error: không có khóa 'date'", StringComparison.Ordinal));
        Assert.Equal(1, code);
        Assert.True(plain >= 0, output);
        Assert.StartsWith($"::error file={root.Replace(":", "%3A", StringComparison.Ordinal)}/units/thu/ho-tich/a.md,line=2,col=1::không có khóa 'date'", lines[plain + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_on_GitHub_Actions_writes_the_commands_to_standard_output_as_the_Actions_toolkit_does()
    {
        var verb = new BuildVerb(TestClock.Create(), Environment(("GITHUB_ACTIONS", "true"), ("GITHUB_WORKSPACE", _site.Root)));

        var (code, output, error) = await RunAsync(verb, "--out", Path.Combine(_site.Root, "out"));

        Assert.Equal(1, code);
        Assert.Contains("units/thu/ho-tich/a.md:2:1: error: ", error, StringComparison.Ordinal);
        Assert.StartsWith("::error file=units/thu/ho-tich/a.md,line=2,col=1::", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public async Task Elsewhere_the_output_has_no_workflow_commands(string? githubActions)
    {
        var verb = new ValidateVerb(TestClock.Create(), new RunEnvironment(name => name == "GITHUB_ACTIONS" ? githubActions : null));

        var (code, output, error) = await RunAsync(verb);

        Assert.Equal(1, code);
        Assert.DoesNotContain("::error", output + error, StringComparison.Ordinal);
    }
}
