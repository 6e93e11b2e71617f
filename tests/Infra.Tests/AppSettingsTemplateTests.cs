using static MotCua.Infra.Tests.ArmTemplate;

namespace MotCua.Infra.Tests;

/// <summary>The app settings as compiled: what the app reads, and written only when they change.</summary>
[Collection(CompiledTemplatesCollection.Name)]
public sealed class AppSettingsTemplateTests(CompiledTemplates compiled)
{
    private readonly ArmTemplate _main = ArmTemplate.Compiled(compiled);

    private ArmTemplate Module => _main.Module("appsettings");

    private IReadOnlyDictionary<string, string> Settings =>
        ArmExpression.ObjectEntries(Module.Variable("settings")!.GetValue<string>());

    [Theory]
    [InlineData("Forwarding__ClientAddressHeader", "'X-Azure-SocketIP'")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "parameters('appInsightsConnectionString')")]
    [InlineData("AzureWebJobsStorage__accountName", "parameters('hostStorageAccountName')")]
    [InlineData("AzureWebJobsStorage__credential", "'managedidentity'")]
    [InlineData("Storage__BlobEndpoint", "parameters('blobEndpoint')")]
    [InlineData("Storage__TableEndpoint", "parameters('tableEndpoint')")]
    [InlineData("Site__Host", "toUpper(parameters('siteHost'))")]
    [InlineData("WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED", "'0'")]
    public void The_settings_carry_what_the_app_and_the_host_read(string name, string value)
    {
        Assert.Equal(value, Settings[name]);
    }

    [Fact]
    public void Settings_the_app_no_longer_reads_are_gone()
    {
        Assert.DoesNotContain("Privacy__VisitorSecret", Settings.Keys);
        Assert.DoesNotContain(Settings.Keys, k => k is "Forwarding__TrustedProxies" or "Forwarding__Header");
        Assert.Single(Settings.Keys, k => k.StartsWith("Forwarding__", StringComparison.Ordinal));
    }

    [Fact]
    public void The_client_address_header_is_trusted_because_only_this_Front_Door_reaches_the_app()
    {
        var web = _main.Module("frontdooronly").Single("Microsoft.Web/sites/config")["properties"]!;
        var restriction = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(web["ipSecurityRestrictions"]!.AsArray())!.ToJsonString())!;

        Assert.Equal("Deny", Text(web, "ipSecurityRestrictionsDefaultAction"));
        Assert.Equal("ServiceTag", Text(restriction, "tag"));
        Assert.Equal("AzureFrontDoor.Backend", Text(restriction, "ipAddress"));
        Assert.Equal("[parameters('frontDoorId')]", Assert.Single(restriction["headers"]!["x-azure-fdid"]!.AsArray())!.GetValue<string>());
        Assert.Contains("'frontdoor'", Text(_main.Deployment("frontdooronly")["properties"]!["parameters"]!["frontDoorId"], "value"), StringComparison.Ordinal);
    }

    [Fact]
    public void Application_Insights_exists_and_its_connection_string_reaches_the_settings()
    {
        var insights = _main.Module("monitoring").Single("Microsoft.Insights/components");
        var argument = Text(_main.Deployment("appsettings")["properties"]!["parameters"]!["appInsightsConnectionString"], "value");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights["properties"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("'monitoring'", argument, StringComparison.Ordinal);
        Assert.Contains("outputs.connectionString.value", argument, StringComparison.Ordinal);
    }

    [Fact]
    public void The_placeholder_workaround_is_a_parameter_that_is_on_by_default()
    {
        var variable = Module.Variable("settings")!.GetValue<string>();

        Assert.Contains("if(parameters('disableDotnetIsolatedPlaceholder'), createObject('WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED', '0')", variable, StringComparison.Ordinal);
        Assert.True(_main.Parameter("disableDotnetIsolatedPlaceholder")!.GetValue<bool>());
    }

    [Fact]
    public void Settings_are_written_only_when_their_hash_differs_from_the_deployed_one()
    {
        var settings = Module.Single("Microsoft.Web/sites/config");

        Assert.Equal("[not(equals(variables('settingsHash'), parameters('deployedSettingsHash')))]", Text(settings, "condition"));
        Assert.Equal("[uniqueString(string(variables('settings')))]", Module.Variable("settingsHash")!.GetValue<string>());
        Assert.Equal("variables('settingsHash')", ArmExpression.ObjectEntries(Text(settings, "properties")!)["SETTINGS_HASH"]);
        Assert.Equal("[parameters('deployedSettingsHash')]", Text(_main.Deployment("appsettings")["properties"]!["parameters"]!["deployedSettingsHash"], "value"));
    }

    [Fact]
    public void The_two_writes_to_the_site_s_config_are_serialised()
    {
        var configWriters = _main.All("Microsoft.Resources/deployments")
            .Where(d => _main.Module(Text(d, "name")!).All("Microsoft.Web/sites/config").Any())
            .Select(d => Text(d, "name"))
            .ToList();
        var dependsOn = _main.Deployment("appsettings")["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>());

        Assert.Equal(["frontdooronly", "appsettings"], configWriters);
        Assert.Contains("[resourceId('Microsoft.Resources/deployments', 'frontdooronly')]", dependsOn);
    }
}
