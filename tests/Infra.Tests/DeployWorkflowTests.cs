using YamlDotNet.RepresentationModel;
using static MotCua.Infra.Tests.DeployWorkflow;

namespace MotCua.Infra.Tests;

public sealed class DeployWorkflowTests
{
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
    public void Every_change_is_tested_validated_built_and_packaged()
    {
        var test = _workflow.Job("test");
        var scripts = Scripts(test);

        Assert.Null(Scalar(test, "if"));
        Assert.Contains("./test.sh", scripts, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER validate site", scripts, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER build site --out dist/site", scripts, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER package --out dist/functionapp", scripts, StringComparison.Ordinal);
        var dotnet = Assert.Single(Steps(test), s => Scalar(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.Equal("global.json", Scalar(Map(dotnet, "with"), "global-json-file"));
        Assert.Contains(Uses(test), u => u.StartsWith("actions/setup-node@", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_runs_before_anything_is_built_or_packaged()
    {
        var scripts = Scripts(_workflow.Job("test"));

        Assert.True(scripts.IndexOf("validate site", StringComparison.Ordinal) < scripts.IndexOf("build site", StringComparison.Ordinal));
        Assert.True(scripts.IndexOf("build site", StringComparison.Ordinal) < scripts.IndexOf("package --out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_push_to_main_deploys_the_infrastructure_the_site_and_the_app()
    {
        var deploy = _workflow.Job("deploy");
        var scripts = Scripts(deploy);

        Assert.Contains("github.event_name == 'push'", Scalar(deploy, "if"), StringComparison.Ordinal);
        Assert.Equal("test", Scalar(deploy, "needs"));
        Assert.Contains("az bicep build --file infra/main.bicep", scripts, StringComparison.Ordinal);
        Assert.Contains("az deployment group what-if", scripts, StringComparison.Ordinal);
        Assert.Contains("az deployment group create", scripts, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER publish site --account-url", scripts, StringComparison.Ordinal);
        Assert.Contains("az functionapp deployment source config-zip", scripts, StringComparison.Ordinal);
        Assert.True(scripts.IndexOf("deployment group create", StringComparison.Ordinal) < scripts.IndexOf("publish site", StringComparison.Ordinal));
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
        Assert.DoesNotContain("config-zip", scripts, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploys_are_never_cancelled_half_way()
    {
        Assert.Contains("cancel-in-progress: ${{ github.event_name == 'pull_request' }}", _workflow.Text, StringComparison.Ordinal);
        Assert.Equal("production", Scalar(_workflow.Job("deploy"), "environment"));
    }
}
