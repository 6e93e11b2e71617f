using System.Text.Json.Nodes;

namespace MotCua.Infra.Tests;

/// <summary>The templates as the real Bicep compiler and linter see them: CI fails on any warning.</summary>
public sealed class BicepCompilerTests(CompiledTemplates compiled) : IClassFixture<CompiledTemplates>
{
    [Fact]
    public void Every_Bicep_file_compiles_without_an_error_or_a_warning()
    {
        AssertClean("bicep build", compiled.Build);
        Assert.NotEmpty(compiled.Sources);
        Assert.Equal(
            compiled.Sources.Select(s => Path.ChangeExtension(s, ".json")).Order(StringComparer.Ordinal),
            compiled.Outputs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_linter_finds_nothing_in_any_Bicep_file()
    {
        AssertClean("bicep lint", await compiled.LintAsync());
    }

    [Fact]
    public async Task The_linter_reports_a_warning_in_a_file_that_has_one()
    {
        // Guards the two tests above: a CLI that printed its findings elsewhere would let them pass.
        var folder = Directory.CreateTempSubdirectory("motcua-bicep-lint-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "unused.bicep"), "@description('Never used.')\nparam unused string\n");

            var run = await BicepCli.RunAsync(folder, "lint", "unused.bicep");

            Assert.Contains(run.Diagnostics, d => d.Contains("Warning no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_compiled_template_runs_the_app_as_dotnet_isolated_10_on_Flex_Consumption()
    {
        AssertClean("bicep build", compiled.Build);
        var module = Resources(JsonNode.Parse(File.ReadAllText(Path.Combine(compiled.OutputDirectory, "main.json"))))
            .Single(r => Text(r, "type") == "Microsoft.Resources/deployments" && Text(r, "name") == "functionapp");
        var resources = Resources(module["properties"]?["template"]).ToList();
        var plan = resources.Single(r => Text(r, "type") == "Microsoft.Web/serverfarms");
        var site = resources.Single(r => Text(r, "type") == "Microsoft.Web/sites");
        var runtime = site["properties"]?["functionAppConfig"]?["runtime"];

        Assert.Equal("FlexConsumption", Text(plan["sku"], "tier"));
        Assert.Equal("FC1", Text(plan["sku"], "name"));
        Assert.Equal("functionapp,linux", Text(site, "kind"));
        Assert.Equal("dotnet-isolated", Text(runtime, "name"));
        Assert.Equal("10.0", Text(runtime, "version"));
    }

    private static void AssertClean(string command, BicepRun run) =>
        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, $"{command} exited {run.ExitCode} with {run.Diagnostics.Count} finding(s):\n{run.Output}");

    /// <summary>A template's resources: an array, or an object keyed by symbolic name (language version 2.0).</summary>
    private static IEnumerable<JsonNode> Resources(JsonNode? template) => template?["resources"] switch
    {
        JsonArray array => array.OfType<JsonNode>(),
        JsonObject byName => byName.Select(p => p.Value).OfType<JsonNode>(),
        _ => [],
    };

    private static string? Text(JsonNode? node, string key) => node?[key]?.GetValue<string>();
}
