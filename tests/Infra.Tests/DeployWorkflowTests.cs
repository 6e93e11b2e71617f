using YamlDotNet.RepresentationModel;
using static MotCua.Infra.Tests.DeployWorkflow;

namespace MotCua.Infra.Tests;

public sealed class DeployWorkflowTests
{
    private const string PublishFunctionApp = "dotnet publish functions/Handler -c Release -o dist/functionapp";

    private readonly DeployWorkflow _workflow = Load();

    [Fact]
    public void It_runs_on_pushes_to_main_and_on_pull_requests()
    {
        var on = Map(_workflow.Root, "on");

        Assert.Equal("main", Assert.Single(((YamlSequenceNode)Map(on, "push")["branches"]).Children).ToString());
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
    }

    [Fact]
    public void The_workflow_reads_only_the_repository_by_default()
    {
        var permissions = Map(_workflow.Root, "permissions");

        Assert.Equal("read", Scalar(permissions, "contents"));
        Assert.Single(permissions.Children);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("deploy")]
    public void Jobs_that_reach_Azure_may_request_an_OIDC_token(string job)
    {
        var permissions = Map(_workflow.Job(job), "permissions");

        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("read", Scalar(permissions, "contents"));
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("deploy")]
    public void Azure_login_is_OIDC_with_ids_from_repository_variables(string job)
    {
        var login = Assert.Single(Steps(_workflow.Job(job)), s => Scalar(s, "uses")?.StartsWith("azure/login@", StringComparison.Ordinal) == true);
        var with = Map(login, "with");

        Assert.Equal("${{ vars.AZURE_CLIENT_ID }}", Scalar(with, "client-id"));
        Assert.Equal("${{ vars.AZURE_TENANT_ID }}", Scalar(with, "tenant-id"));
        Assert.Equal("${{ vars.AZURE_SUBSCRIPTION_ID }}", Scalar(with, "subscription-id"));
        Assert.Null(Scalar(with, "creds"));
    }

    [Fact]
    public void No_secret_is_used_or_stored()
    {
        Assert.DoesNotContain("secrets.", _workflow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", _workflow.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_change_is_tested_validated_built_and_published()
    {
        var test = _workflow.Job("test");
        var scripts = Scripts(test);

        Assert.Null(Scalar(test, "if"));
        Assert.Contains("./test.sh", scripts, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER validate site", scripts, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER build site --out dist/site", scripts, StringComparison.Ordinal);
        Assert.Contains(PublishFunctionApp, scripts, StringComparison.Ordinal);
        var dotnet = Assert.Single(Steps(test), s => Scalar(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.Equal("global.json", Scalar(Map(dotnet, "with"), "global-json-file"));
        Assert.Contains(Uses(test), u => u.StartsWith("actions/setup-node@", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_runs_before_anything_is_built_or_published()
    {
        var scripts = Scripts(_workflow.Job("test"));

        Assert.True(scripts.IndexOf("validate site", StringComparison.Ordinal) < scripts.IndexOf("build site", StringComparison.Ordinal));
        Assert.True(scripts.IndexOf("build site", StringComparison.Ordinal) < scripts.IndexOf(PublishFunctionApp, StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_zip_is_the_dotnet_publish_output_with_what_the_Functions_host_reads()
    {
        var publish = Assert.Single(Steps(_workflow.Job("test")), s => Scalar(s, "run")?.Contains(PublishFunctionApp, StringComparison.Ordinal) == true);
        var script = Scalar(publish, "run")!;

        Assert.Contains("host.json functions.metadata worker.config.json", script, StringComparison.Ordinal);
        Assert.Contains("test -s \"dist/functionapp/$file\"", script, StringComparison.Ordinal);
        Assert.Contains("(cd dist/functionapp && zip -qr ../functionapp.zip .)", script, StringComparison.Ordinal);
        Assert.True(script.IndexOf(PublishFunctionApp, StringComparison.Ordinal) < script.IndexOf("zip -qr", StringComparison.Ordinal));
        Assert.Contains("dist/functionapp.zip", Scalar(Map(KeepTheBuild(), "with"), "path"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_of_the_custom_handler_packaging_is_left()
    {
        Assert.DoesNotContain("$PUBLISHER package", _workflow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("FUNCTIONS_CUSTOMHANDLER", _workflow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dist/functionapp/handler", _workflow.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_templates_are_compiled_once_by_the_pinned_Bicep_CLI_and_that_ARM_template_is_deployed()
    {
        var test = Scripts(_workflow.Job("test"));

        Assert.Contains("-getProperty:PkgAzure_Bicep_CommandLine_linux-x64", test, StringComparison.Ordinal);
        Assert.Contains("\"$bicep\" build infra/main.bicep --outfile dist/infra/main.json", test, StringComparison.Ordinal);
        Assert.Contains("dist/infra/main.json", Scalar(Map(KeepTheBuild(), "with"), "path"), StringComparison.Ordinal);
        Assert.DoesNotContain("az bicep", _workflow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("--template-file infra/main.bicep", _workflow.Text, StringComparison.Ordinal);
        foreach (var job in new[] { "plan", "deploy" })
        {
            Assert.Contains("--template-file dist/infra/main.json", Scripts(_workflow.Job(job)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_push_to_main_deploys_the_infrastructure_the_site_and_the_app()
    {
        var deploy = _workflow.Job("deploy");
        var scripts = Scripts(deploy);

        Assert.Contains("github.event_name == 'push'", Scalar(deploy, "if"), StringComparison.Ordinal);
        Assert.Equal("test", Scalar(deploy, "needs"));
        Assert.Contains("az deployment group what-if", scripts, StringComparison.Ordinal);
        Assert.Contains("az deployment group create", scripts, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER publish site --account-url", scripts, StringComparison.Ordinal);
        Assert.True(scripts.IndexOf("deployment group create", StringComparison.Ordinal) < scripts.IndexOf("publish site", StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_is_deployed_to_Flex_Consumption_from_the_published_zip_after_the_infrastructure()
    {
        var steps = Steps(_workflow.Job("deploy"));
        var deployApp = Assert.Single(steps, s => Scalar(s, "uses")?.StartsWith("Azure/functions-action@", StringComparison.Ordinal) == true);
        var with = Map(deployApp, "with");
        var infra = Assert.Single(steps, s => Scalar(s, "id") == "infra");

        Assert.Equal("${{ steps.infra.outputs.functionAppName }}", Scalar(with, "app-name"));
        Assert.Equal("dist/functionapp.zip", Scalar(with, "package"));
        Assert.Equal("flexconsumption", Scalar(with, "sku"));
        Assert.Equal("false", Scalar(with, "remote-build"));
        Assert.Null(Scalar(with, "publish-profile"));
        Assert.True(IndexOf(steps, infra) < IndexOf(steps, deployApp));
    }

    [Fact]
    public void A_pull_request_only_shows_the_plan()
    {
        var plan = _workflow.Job("plan");
        var scripts = Scripts(plan);

        Assert.Contains("github.event_name == 'pull_request'", Scalar(plan, "if"), StringComparison.Ordinal);
        Assert.Contains("publish site --account-url", scripts, StringComparison.Ordinal);
        Assert.Contains("--dry-run", scripts, StringComparison.Ordinal);
        Assert.Contains("az deployment group what-if", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("az deployment group create", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain(Uses(plan), u => u.StartsWith("Azure/functions-action@", StringComparison.Ordinal));
    }

    [Fact]
    public void Deploys_are_never_cancelled_half_way()
    {
        Assert.Contains("cancel-in-progress: ${{ github.event_name == 'pull_request' }}", _workflow.Text, StringComparison.Ordinal);
        Assert.Equal("production", Scalar(_workflow.Job("deploy"), "environment"));
    }

    private static int IndexOf(IReadOnlyList<YamlMappingNode> steps, YamlMappingNode step) => steps.ToList().IndexOf(step);

    private YamlMappingNode KeepTheBuild() =>
        Assert.Single(Steps(_workflow.Job("test")), s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
}
