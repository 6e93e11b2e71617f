using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests;

public sealed class FrontDoorTemplateTests
{
    private readonly BicepTemplate _template = BicepTemplate.Load();

    [Fact]
    public void One_Standard_profile_with_one_endpoint()
    {
        var profile = _template.Single("Microsoft.Cdn/profiles");

        Assert.Contains("name: 'Standard_AzureFrontDoor'", profile.Body, StringComparison.Ordinal);
        _template.Single("Microsoft.Cdn/profiles/afdEndpoints");
    }

    [Fact]
    public void Two_origin_groups_point_at_the_function_app_and_the_static_website()
    {
        Assert.Equal(2, _template.All("Microsoft.Cdn/profiles/originGroups").Count());
        var hosts = _template.All("Microsoft.Cdn/profiles/originGroups/origins").Select(o => Regex.Match(o.Body, @"hostName:\s*(\w+)").Groups[1].Value);

        Assert.Equal(["functionAppHost", "staticWebsiteHost"], hosts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Scans_links_and_the_api_go_to_the_function_app_uncached()
    {
        var module = _template.Files["modules/frontdoor.bicep"];
        var route = Route("functionGroup");

        Assert.Contains("patternsToMatch: functionPatterns", route.Body, StringComparison.Ordinal);
        foreach (var pattern in new[] { "'/s/*'", "'/go/*'", "'/p/*'", "'/api/*'" })
        {
            Assert.Contains(pattern, module, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("cacheConfiguration:", route.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Everything_else_goes_to_the_static_website_cached_and_compressed()
    {
        var route = Route("staticGroup");

        Assert.Matches(new Regex(@"patternsToMatch:\s*\[\s*'/\*'\s*\]"), route.Body);
        Assert.Contains("cacheConfiguration:", route.Body, StringComparison.Ordinal);
        Assert.Contains("isCompressionEnabled: true", route.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Upper_case_QR_paths_also_reach_the_function_app()
    {
        var rule = Assert.Single(_template.All("Microsoft.Cdn/profiles/ruleSets/rules"), r => r.Symbol == "anyCaseRule");

        Assert.Contains("'Lowercase'", rule.Body, StringComparison.Ordinal);
        foreach (var pattern in new[] { "'^/?s/'", "'^/?go/'", "'^/?p/'", "'^/?api/'" })
        {
            Assert.Contains(pattern, rule.Body, StringComparison.Ordinal);
        }

        Assert.Contains("id: functionGroup.id", rule.Body, StringComparison.Ordinal);
        Assert.Contains("id: ruleSet.id", Route("staticGroup").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_domain_is_optional_with_a_managed_certificate()
    {
        var domain = _template.Single("Microsoft.Cdn/profiles/customDomains");

        Assert.Contains("if (!empty(customDomain))", _template.Files["modules/frontdoor.bicep"], StringComparison.Ordinal);
        Assert.Contains("certificateType: 'ManagedCertificate'", domain.Body, StringComparison.Ordinal);
        Assert.Contains("param customDomain string = ''", _template.Files["main.bicep"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_app_answers_only_requests_from_this_Front_Door()
    {
        var web = Assert.Single(_template.All("Microsoft.Web/sites/config"), c => c.Body.Contains("name: 'web'", StringComparison.Ordinal));

        Assert.Contains("ipSecurityRestrictionsDefaultAction: 'Deny'", web.Body, StringComparison.Ordinal);
        Assert.Contains("ipAddress: 'AzureFrontDoor.Backend'", web.Body, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"'x-azure-fdid':\s*\[\s*frontDoorId\s*\]"), web.Body);
        Assert.Contains("frontDoorId: frontDoor.outputs.frontDoorId", _template.Files["main.bicep"], StringComparison.Ordinal);
    }

    private BicepResource Route(string originGroup) => Assert.Single(
        _template.All("Microsoft.Cdn/profiles/afdEndpoints/routes"),
        r => Regex.IsMatch(r.Body, $@"originGroup:\s*\{{\s*id:\s*{originGroup}\.id"));
}
