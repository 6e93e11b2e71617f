using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MotCua.TestSupport;

namespace MotCua.Infra.Tests;

/// <summary>
/// Front Door adds the security headers of infra/security-headers.json to every answer: the file is the one
/// definition (the app embeds the same file), the rule set has no condition, and both routes list it first.
/// </summary>
public sealed class SecurityHeadersTemplateTests(CompiledTemplates compiled) : IClassFixture<CompiledTemplates>
{
    private readonly BicepTemplate _template = BicepTemplate.Load();

    private static JsonObject Definition() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "security-headers.json")))!.AsObject();

    [Fact]
    public void The_rule_set_takes_every_header_from_the_one_file()
    {
        var module = _template.Files["modules/security-headers.bicep"];

        Assert.Contains("loadJsonContent('../security-headers.json').headers", module, StringComparison.Ordinal);
        Assert.Contains("headerAction: 'Overwrite'", module, StringComparison.Ordinal);
        Assert.Contains("conditions: []", module, StringComparison.Ordinal);
        Assert.Contains("var actionsPerRule = 5", module, StringComparison.Ordinal);
        Assert.DoesNotContain("Strict-Transport-Security", module, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compiled_template_carries_the_files_headers_exactly()
    {
        Assert.Equal(0, compiled.Build.ExitCode);
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(compiled.OutputDirectory, "modules", "security-headers.json")))!;
        var loaded = template["variables"]!.AsObject().Single(v => v.Key.StartsWith("$fxv#", StringComparison.Ordinal)).Value!["headers"]!;

        Assert.True(JsonNode.DeepEquals(Definition()["headers"], loaded), loaded.ToJsonString());
        Assert.True(Definition()["headers"]!.AsObject().Count > 0);
    }

    [Fact]
    public void Both_routes_list_the_header_rule_set_first()
    {
        var routes = _template.All("Microsoft.Cdn/profiles/afdEndpoints/routes").ToList();

        Assert.Equal(2, routes.Count);
        Assert.All(routes, r => Assert.Matches(new Regex(@"ruleSets:\s*\[\s*\{\s*id:\s*securityHeaders\.outputs\.ruleSetId"), r.Body));
    }

    [Fact]
    public void The_file_names_the_headers_the_pages_need()
    {
        var headers = Definition()["headers"]!.AsObject();

        foreach (var name in new[] { "Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy" })
        {
            Assert.True(headers.ContainsKey(name), name);
        }

        Assert.Contains("frame-ancestors 'none'", headers["Content-Security-Policy"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]!.GetValue<string>());
        Assert.Contains("base-uri 'none'", Definition()["pagePolicy"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", Definition()["pagePolicy"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
