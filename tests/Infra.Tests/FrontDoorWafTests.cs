using System.Text.Json.Nodes;
using static MotCua.Infra.Tests.ArmTemplate;

namespace MotCua.Infra.Tests;

/// <summary>The Front Door WAF and rules engine as compiled: rate limits per client, patterns Front Door accepts.</summary>
[Collection(CompiledTemplatesCollection.Name)]
public sealed class FrontDoorWafTests(CompiledTemplates compiled)
{
    private readonly ArmTemplate _main = ArmTemplate.Compiled(compiled);

    [Theory]
    [InlineData("/s/")]
    [InlineData("/go/")]
    [InlineData("/p/")]
    [InlineData("/api/qr/")]
    [InlineData("/api/survey")]
    public void Each_function_path_has_a_rate_limit_per_client_address(string path)
    {
        var rule = Assert.Single(Rules(), r => Condition(r)["matchValue"]!.AsArray().Any(v => v!.GetValue<string>() == path));
        var condition = Condition(rule);

        Assert.Equal("RateLimitRule", Text(rule, "ruleType"));
        Assert.Equal("Block", Text(rule, "action"));
        Assert.Equal("SocketAddr", Text(Assert.Single(rule["groupBy"]!.AsArray()), "variableName"));
        Assert.Equal("RequestUri", Text(condition, "matchVariable"));
        Assert.Equal("Contains", Text(condition, "operator"));
        Assert.Equal("Lowercase", Assert.Single(condition["transforms"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public void The_limits_leave_room_for_a_carrier_s_shared_address()
    {
        foreach (var rule in Rules())
        {
            var perMinute = Number(rule, "rateLimitThreshold") / Number(rule, "rateLimitDurationInMinutes");

            // Many phones share one IPv4 behind carrier-grade NAT: no limit is one person's rate.
            Assert.True(perMinute >= 60, $"{Text(rule, "name")}: {perMinute} a minute is one person's rate, not a crowd's");
            Assert.Contains(Number(rule, "rateLimitDurationInMinutes"), new[] { 1, 5 });
        }
    }

    [Fact]
    public void The_policy_blocks_and_covers_the_whole_endpoint()
    {
        var waf = _main.Module("frontdoorwaf");
        var policy = waf.Single("Microsoft.Network/FrontDoorWebApplicationFirewallPolicies");
        var association = Assert.Single(waf.Single("Microsoft.Cdn/profiles/securityPolicies")["properties"]!["parameters"]!["associations"]!.AsArray());

        Assert.Equal("Prevention", Text(policy["properties"]!["policySettings"], "mode"));
        Assert.Equal("Standard_AzureFrontDoor", Text(policy["sku"], "name"));
        Assert.Equal("/*", Assert.Single(association!["patternsToMatch"]!.AsArray())!.GetValue<string>());
        Assert.Contains("afdEndpoints", association["domains"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_any_case_rule_uses_no_capturing_group()
    {
        var rule = _main.Module("frontdoor").Single("Microsoft.Cdn/profiles/ruleSets/rules");
        var parameters = Assert.Single(rule["properties"]!["conditions"]!.AsArray())!["parameters"]!;
        var patterns = parameters["matchValues"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

        Assert.Equal("RegEx", Text(parameters, "operator"));
        Assert.Equal(["^/?s/", "^/?go/", "^/?p/", "^/?api/"], patterns);
        Assert.All(patterns, p => Assert.DoesNotContain("(", p, StringComparison.Ordinal));
    }

    /// <summary>The policy's rules, its copy loop expanded over the module's `limits` variable.</summary>
    private List<JsonObject> Rules()
    {
        var waf = _main.Module("frontdoorwaf");
        var loop = Assert.Single(waf.Single("Microsoft.Network/FrontDoorWebApplicationFirewallPolicies")["properties"]!["customRules"]!["copy"]!.AsArray())!;
        var limits = waf.Variable("limits")!.AsArray();

        Assert.Equal("[length(variables('limits'))]", Text(loop, "count"));
        return [.. limits.Select(limit => (JsonObject)Expand(loop["input"]!.DeepClone(), (JsonObject)limit!))];
    }

    private static JsonNode Expand(JsonNode node, JsonObject limit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = Expand(obj[key]!.DeepClone(), limit);
                }

                return obj;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Expand(item!.DeepClone(), limit))]);
            default:
                var text = node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;
                const string prefix = "[variables('limits')[copyIndex('rules')].";
                return text is not null && text.StartsWith(prefix, StringComparison.Ordinal)
                    ? limit[text[prefix.Length..^1]]!.DeepClone()
                    : node;
        }
    }

    private static JsonObject Condition(JsonObject rule) => (JsonObject)Assert.Single(rule["matchConditions"]!.AsArray())!;

    private static int Number(JsonObject rule, string key) => rule[key]!.GetValue<int>();
}
