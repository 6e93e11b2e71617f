using System.Text.RegularExpressions;
using MotCua.TestSupport;

namespace MotCua.Infra.Tests;

/// <summary>
/// What the privacy notice says about where data lives and how long logs are kept, against the deployment: the region
/// the deployment guide creates the resource group in, the log retention default, IP masking left on.
/// (The notice's own text is in functions/Domain/Privacy/StoredData.cs; these constants are repeated here on purpose:
/// changing the deployment must fail a test until the notice is changed with it.)
/// </summary>
public sealed partial class PrivacyNoticeDeploymentTests
{
    private const string NoticeRegion = "southeastasia";
    private const int NoticeLogDays = 90;

    private readonly BicepTemplate _template = BicepTemplate.Load();

    [Fact]
    public void The_deployment_guide_puts_everything_in_the_region_the_notice_names()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "operations.md"));

        Assert.Equal([NoticeRegion], GroupCreate().Matches(guide).Select(m => m.Groups[1].Value).Distinct());
        Assert.Contains($"AzureRegion = \"{NoticeRegion}\"", File.ReadAllText(Path.Combine(RepositoryPaths.Functions, "Domain", "Privacy", "StoredData.cs")), StringComparison.Ordinal);
        Assert.Contains("param location string = resourceGroup().location", _template.Files["main.bicep"], StringComparison.Ordinal);
    }

    [Fact]
    public void Logs_are_kept_as_long_as_the_notice_says_and_without_ip_addresses()
    {
        Assert.Matches(new Regex($@"param logRetentionDays int = {NoticeLogDays}\b"), _template.Files["main.bicep"]);
        Assert.Contains($"LogDays = {NoticeLogDays};", File.ReadAllText(Path.Combine(RepositoryPaths.Functions, "Domain", "Privacy", "StoredData.cs")), StringComparison.Ordinal);
        _template.AssertNowhere("DisableIpMasking", "turns Application Insights' IP masking off, but the notice says no IP address is stored");
    }

    [Fact]
    public void Every_route_answers_over_https_only_as_the_notice_says()
    {
        var routes = _template.All("Microsoft.Cdn/profiles/afdEndpoints/routes").ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.Contains("httpsRedirect: 'Enabled'", r.Body, StringComparison.Ordinal));
        Assert.All(routes, r => Assert.Contains("forwardingProtocol: 'HttpsOnly'", r.Body, StringComparison.Ordinal));
        Assert.Contains("(HTTPS; địa chỉ http:// được chuyển sang https://)", File.ReadAllText(Path.Combine(RepositoryPaths.Functions, "Domain", "Privacy", "StoredData.cs")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"az group create [^\n]*--location (\S+)")]
    private static partial Regex GroupCreate();
}
