using System.Text.Json.Nodes;
using static MotCua.Infra.Tests.ArmTemplate;

namespace MotCua.Infra.Tests;

/// <summary>How the compiled template runs the Function App: the first scan never waits for a cold start.</summary>
[Collection(CompiledTemplatesCollection.Name)]
public sealed class ScaleTemplateTests(CompiledTemplates compiled)
{
    private readonly ArmTemplate _main = ArmTemplate.Compiled(compiled);

    [Fact]
    public void The_HTTP_functions_keep_one_always_ready_instance_by_default()
    {
        var app = _main.Module("functionapp");
        var alwaysReady = Assert.Single(Scale(app)["alwaysReady"]!.AsArray());

        Assert.Equal("http", Text(alwaysReady, "name"));
        Assert.Equal(1, app.Resolve(alwaysReady!["instanceCount"])!.GetValue<int>());
    }

    [Fact]
    public void The_always_ready_count_can_be_set_to_zero()
    {
        var declaration = _main.ParameterDeclaration("alwaysReadyInstances");

        Assert.Equal(0, declaration["minValue"]!.GetValue<int>());
    }

    [Fact]
    public void One_instance_takes_many_concurrent_requests_since_they_mostly_wait_on_storage()
    {
        var app = _main.Module("functionapp");
        var concurrency = app.Resolve(Scale(app)["triggers"]?["http"]?["perInstanceConcurrency"])!.GetValue<int>();

        // Flex's default at 2 GB is 16; a request that waits on storage holds no CPU.
        Assert.InRange(concurrency, 32, 200);
    }

    [Fact]
    public void The_instance_cap_is_a_province_s_peak_not_a_hundred()
    {
        var app = _main.Module("functionapp");
        var cap = app.Resolve(Scale(app)["maximumInstanceCount"])!.GetValue<int>();

        Assert.InRange(cap, 1, 20);
        Assert.Equal(1, _main.ParameterDeclaration("maximumInstanceCount")["minValue"]!.GetValue<int>());
    }

    [Fact]
    public void The_site_update_strategy_is_a_parameter_that_defaults_to_Recreate()
    {
        var app = _main.Module("functionapp");
        var config = (JsonObject)app.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!;

        Assert.Equal("Recreate", app.Resolve(config["siteUpdateStrategy"]?["type"])!.GetValue<string>());
        Assert.Equal(["Recreate", "RollingUpdate"], _main.ParameterDeclaration("siteUpdateStrategy")["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void The_app_deploys_from_a_container_of_the_host_storage_account()
    {
        var app = _main.Module("functionapp");
        var deployment = app.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        var argument = Text(_main.Deployment("functionapp")["properties"]!["parameters"]!["deploymentContainerUrl"], "value");

        Assert.Equal("SystemAssignedIdentity", Text(deployment["authentication"], "type"));
        Assert.Contains("'hoststorage'", argument, StringComparison.Ordinal);
    }

    private static JsonObject Scale(ArmTemplate app) =>
        (JsonObject)app.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;
}
