using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests;

public sealed class FunctionAppTemplateTests
{
    private readonly BicepTemplate _template = BicepTemplate.Load();

    [Fact]
    public void The_plan_is_Flex_Consumption_on_Linux()
    {
        var plan = _template.Single("Microsoft.Web/serverfarms");

        Assert.Contains("tier: 'FlexConsumption'", plan.Body, StringComparison.Ordinal);
        Assert.Contains("name: 'FC1'", plan.Body, StringComparison.Ordinal);
        Assert.Contains("reserved: true", plan.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_app_runs_the_dotnet_10_isolated_worker_with_a_system_assigned_identity()
    {
        var site = _template.Single("Microsoft.Web/sites");

        Assert.Contains("kind: 'functionapp,linux'", site.Body, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"identity:\s*\{\s*type:\s*'SystemAssigned'"), site.Body);
        Assert.Matches(new Regex(@"runtime:\s*\{\s*name:\s*'dotnet-isolated'\s*version:\s*'10\.0'\s*\}"), site.Body);
        Assert.Contains("httpsOnly: true", site.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_of_the_custom_handler_is_left_in_the_templates()
    {
        _template.AssertNowhere("'custom'", "still names the custom runtime");
        _template.AssertNowhere("customHandler", "still configures a custom handler", StringComparison.OrdinalIgnoreCase);
        _template.AssertNowhere("FUNCTIONS_CUSTOMHANDLER", "still sets a custom-handler variable");
    }

    [Fact]
    public void Flex_deploys_from_the_blob_container_with_the_app_identity_not_a_key()
    {
        var site = _template.Single("Microsoft.Web/sites");

        Assert.Matches(new Regex(@"type:\s*'blobContainer'"), site.Body);
        Assert.Matches(new Regex(@"authentication:\s*\{\s*type:\s*'SystemAssignedIdentity'"), site.Body);
    }

    [Fact]
    public void No_storage_key_or_connection_string_with_a_key_appears_anywhere()
    {
        _template.AssertNowhere("AccountKey", "mentions AccountKey", StringComparison.OrdinalIgnoreCase);
        _template.AssertNowhere("listKeys(", "calls listKeys(", StringComparison.OrdinalIgnoreCase);
        _template.AssertNowhere("AzureWebJobsStorage:", "sets AzureWebJobsStorage as a connection string");
    }

    [Fact]
    public void The_worker_runtime_is_in_Flex_config_and_never_an_app_setting_Flex_rejects()
    {
        _template.AssertNowhere("FUNCTIONS_WORKER_RUNTIME", "sets FUNCTIONS_WORKER_RUNTIME(_VERSION)");
        _template.AssertNowhere("FUNCTIONS_EXTENSION_VERSION", "sets FUNCTIONS_EXTENSION_VERSION");
        _template.AssertNowhere("linuxFxVersion", "sets linuxFxVersion", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_deployable_carries_nothing_of_the_local_static_server()
    {
        // Front Door serves $web; static serving is the dev runner's alone.
        Assert.DoesNotContain("ServeStatic", Settings(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_secret_is_deployed_the_visitor_keys_are_random_rows_the_app_keeps()
    {
        Assert.Empty(_template.All("Microsoft.KeyVault/vaults"));
        Assert.DoesNotContain("visitorSecret", _template.Files["main.bicep"], StringComparison.Ordinal);
    }

    private string Settings() => Assert.Single(_template.All("Microsoft.Web/sites/config"), c => c.Body.Contains("name: 'appsettings'", StringComparison.Ordinal)).Body;
}
