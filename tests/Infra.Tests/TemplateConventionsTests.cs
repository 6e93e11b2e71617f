using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests;

public sealed partial class TemplateConventionsTests
{
    private readonly BicepTemplate _template = BicepTemplate.Load();

    [Fact]
    public void Every_resource_names_a_stable_dated_API_version()
    {
        Assert.NotEmpty(_template.Resources);
        foreach (var resource in _template.Resources)
        {
            Assert.Matches(StableApiVersion(), resource.ApiVersion);
        }
    }

    [Fact]
    public void Every_parameter_is_documented()
    {
        foreach (var (file, text) in _template.Files)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("param ", StringComparison.Ordinal))
                {
                    continue;
                }

                var decorators = lines.Take(i).Reverse().TakeWhile(l => l.StartsWith('@'));
                Assert.True(decorators.Any(d => d.StartsWith("@description(", StringComparison.Ordinal)), $"{file}:{i + 1}: {lines[i]} has no @description");
            }
        }
    }

    [Fact]
    public void Every_module_main_bicep_uses_exists()
    {
        var modules = ModuleReference().Matches(_template.Files["main.bicep"]).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(modules);
        Assert.All(modules, module => Assert.True(_template.Files.ContainsKey(module), $"{module} is missing"));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StableApiVersion();

    [GeneratedRegex(@"module\s+\w+\s+'([^']+)'", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModuleReference();
}
