using System.Text.RegularExpressions;
using MotCua.TestSupport;
using YamlDotNet.RepresentationModel;
using static MotCua.Infra.Tests.DeployWorkflow;

namespace MotCua.Infra.Tests;

public sealed partial class DeployWorkflowTests
{
    private const string PublishFunctionApp = "dotnet publish functions/Handler -c Release -o dist/functionapp";
    private const string FunctionsAction = "Azure/functions-action@";

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
    [InlineData("plan", "${{ vars.AZURE_PLAN_CLIENT_ID }}")]
    [InlineData("deploy", "${{ vars.AZURE_CLIENT_ID }}")]
    public void Jobs_that_reach_Azure_log_in_with_OIDC_as_their_own_identity(string job, string clientId)
    {
        var permissions = Map(_workflow.Job(job), "permissions");
        var login = Assert.Single(Steps(_workflow.Job(job)), s => Scalar(s, "uses")?.StartsWith("azure/login@", StringComparison.Ordinal) == true);
        var with = Map(login, "with");

        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("read", Scalar(permissions, "contents"));
        Assert.Equal(clientId, Scalar(with, "client-id"));
        Assert.Equal("${{ vars.AZURE_TENANT_ID }}", Scalar(with, "tenant-id"));
        Assert.Equal("${{ vars.AZURE_SUBSCRIPTION_ID }}", Scalar(with, "subscription-id"));
        Assert.Null(Scalar(with, "creds"));
    }

    [Fact]
    public void No_pull_request_job_can_reach_the_production_identity()
    {
        foreach (var (name, job) in _workflow.Jobs)
        {
            var onlyOnPush = Scalar(job, "if")?.Contains("github.event_name == 'push'", StringComparison.Ordinal) == true;
            var text = Serialize(job);
            if (!onlyOnPush)
            {
                Assert.DoesNotContain("vars.AZURE_CLIENT_ID", text, StringComparison.Ordinal);
                Assert.NotEqual("production", Scalar(job, "environment"));
            }

            if (text.Contains("id-token", StringComparison.Ordinal) && !onlyOnPush)
            {
                Assert.Equal("plan", name);
            }
        }

        Assert.Contains("vars.AZURE_CLIENT_ID", Serialize(_workflow.Job("deploy")), StringComparison.Ordinal);
        Assert.Equal("production", Scalar(_workflow.Job("deploy"), "environment"));
        Assert.Contains("github.ref == 'refs/heads/main'", Scalar(_workflow.Job("deploy"), "if"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test")]
    [InlineData("build")]
    [InlineData("publisher-win")]
    public void Jobs_that_run_code_from_any_branch_hold_no_token_at_all(string job)
    {
        Assert.False(_workflow.Job(job).Children.ContainsKey(new YamlScalarNode("permissions")));
        Assert.Null(Scalar(_workflow.Job(job), "if"));
    }

    [Fact]
    public void Every_action_is_pinned_to_a_commit_SHA_with_its_tag_in_a_comment()
    {
        var uses = _workflow.Text.Split('\n').Where(l => l.TrimStart().StartsWith("uses:", StringComparison.Ordinal) || l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, line => Assert.Matches(PinnedAction(), line));
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
        var test = Scripts(_workflow.Job("test"));
        var build = Scripts(_workflow.Job("build"));

        Assert.Contains("./test.sh", test, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER validate site", build, StringComparison.Ordinal);
        Assert.Contains("$PUBLISHER build site --out dist/site", build, StringComparison.Ordinal);
        Assert.Contains(PublishFunctionApp, build, StringComparison.Ordinal);
        foreach (var job in new[] { "test", "build" })
        {
            var dotnet = Assert.Single(Steps(_workflow.Job(job)), s => Scalar(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
            Assert.Equal("global.json", Scalar(Map(dotnet, "with"), "global-json-file"));
        }

        Assert.Contains(Uses(_workflow.Job("test")), u => u.StartsWith("actions/setup-node@", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("build", "publisher-linux-x64", "infra/publisher/build.sh dist/publisher-linux-x64 |", "dist/publisher-linux-x64/publisher")]
    [InlineData("publisher-win", "publisher-win-x64", "infra/publisher/build.sh dist/publisher-win-x64 win-x64 |", "dist/publisher-win-x64/publisher.exe")]
    public void The_publisher_is_built_by_the_one_script_and_kept_under_the_name_the_guide_gives(string job, string artifact, string build, string executable)
    {
        var upload = Assert.Single(Steps(_workflow.Job(job)), s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true
            && Scalar(Map(s, "with"), "name") == artifact);

        Assert.Contains(build, Scripts(_workflow.Job(job)), StringComparison.Ordinal);
        Assert.Equal(executable, Scalar(Map(upload, "with"), "path"));
        Assert.Contains($"`{artifact}`", File.ReadAllText(Path.Combine(RepositoryPaths.Site, "HUONG-DAN.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet publish functions/Publisher", _workflow.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("deploy")]
    public void Plan_and_deploy_run_the_native_publisher_the_build_kept(string job)
    {
        var fetch = Assert.Single(Steps(_workflow.Job(job)), s => Scalar(s, "uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true
            && Scalar(Map(s, "with"), "name") == "publisher-linux-x64");

        Assert.Equal("dist/publisher-linux-x64", Scalar(Map(fetch, "with"), "path"));
        Assert.Equal("dist/publisher-linux-x64/publisher", Scalar(Map(_workflow.Root, "env"), "PUBLISHER"));
    }

    [Fact]
    public void Validation_runs_before_anything_is_built_or_published()
    {
        var scripts = Scripts(_workflow.Job("build"));

        Assert.True(scripts.IndexOf("validate site", StringComparison.Ordinal) < scripts.IndexOf("build site", StringComparison.Ordinal));
        Assert.True(scripts.IndexOf("build site", StringComparison.Ordinal) < scripts.IndexOf(PublishFunctionApp, StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_zip_is_the_dotnet_publish_output_with_what_the_Functions_host_reads()
    {
        var publish = Assert.Single(Steps(_workflow.Job("build")), s => Scalar(s, "run")?.Contains(PublishFunctionApp, StringComparison.Ordinal) == true);
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
        var build = Scripts(_workflow.Job("build"));

        Assert.Contains("-getProperty:PkgAzure_Bicep_CommandLine_linux-x64", build, StringComparison.Ordinal);
        Assert.Contains("\"$bicep\" build infra/main.bicep --outfile dist/infra/main.json", build, StringComparison.Ordinal);
        Assert.Contains("dist/infra/main.json", Scalar(Map(KeepTheBuild(), "with"), "path"), StringComparison.Ordinal);
        Assert.DoesNotContain("az bicep", _workflow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("--template-file infra/main.bicep", _workflow.Text, StringComparison.Ordinal);
        foreach (var job in new[] { "plan", "deploy" })
        {
            Assert.Contains("--template-file dist/infra/main.json", Scripts(_workflow.Job(job)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("deploy")]
    public void Plan_and_deploy_wait_for_every_check_and_build(string job)
    {
        Assert.Equal(["build", "publisher-win", "test"], Needs(_workflow.Job(job)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_push_to_main_deploys_the_infrastructure_then_the_app_then_the_pages()
    {
        var deploy = _workflow.Job("deploy");
        var steps = Steps(deploy);
        var infra = Assert.Single(steps, s => Scalar(s, "id") == "infra");
        var app = steps.First(s => Scalar(s, "uses")?.StartsWith(FunctionsAction, StringComparison.Ordinal) == true);
        var pages = Assert.Single(steps, s => Scalar(s, "run")?.Contains("$PUBLISHER\" publish site --account-url", StringComparison.Ordinal) == true);
        var script = Scalar(infra, "run")!;

        Assert.Contains("github.event_name == 'push'", Scalar(deploy, "if"), StringComparison.Ordinal);
        Assert.True(script.IndexOf("az deployment group what-if", StringComparison.Ordinal) < script.IndexOf("az deployment group create", StringComparison.Ordinal));
        Assert.True(IndexOf(steps, infra) < IndexOf(steps, app));
        Assert.True(IndexOf(steps, app) < IndexOf(steps, pages));
    }

    [Fact]
    public void The_app_is_deployed_to_Flex_Consumption_from_the_zip_and_retried_once_after_a_wait()
    {
        var steps = Steps(_workflow.Job("deploy"));
        var deploys = steps.Where(s => Scalar(s, "uses")?.StartsWith(FunctionsAction, StringComparison.Ordinal) == true).ToList();
        var wait = Assert.Single(steps, s => Scalar(s, "run")?.Contains("sleep", StringComparison.Ordinal) == true && Scalar(s, "if") == "steps.app.outcome == 'failure'");

        Assert.Equal(2, deploys.Count);
        Assert.Equal("app", Scalar(deploys[0], "id"));
        Assert.Equal("true", Scalar(deploys[0], "continue-on-error"));
        Assert.Equal("steps.app.outcome == 'failure'", Scalar(deploys[1], "if"));
        Assert.True(IndexOf(steps, deploys[0]) < IndexOf(steps, wait) && IndexOf(steps, wait) < IndexOf(steps, deploys[1]));
        foreach (var deployApp in deploys)
        {
            var with = Map(deployApp, "with");
            Assert.Equal("${{ steps.infra.outputs.functionAppName }}", Scalar(with, "app-name"));
            Assert.Equal("dist/functionapp.zip", Scalar(with, "package"));
            Assert.Equal("flexconsumption", Scalar(with, "sku"));
            Assert.Equal("false", Scalar(with, "remote-build"));
            Assert.Null(Scalar(with, "publish-profile"));
        }
    }

    [Fact]
    public void The_deploy_passes_the_deployed_settings_hash_so_unchanged_settings_are_not_rewritten()
    {
        var scripts = Scripts(_workflow.Job("deploy"));
        var read = Assert.Single(Steps(_workflow.Job("deploy")), s => Scalar(s, "id") == "settings");

        Assert.Contains("SETTINGS_HASH", Scalar(read, "run"), StringComparison.Ordinal);
        Assert.Contains("deployedSettingsHash=\"$DEPLOYED_SETTINGS_HASH\"", scripts, StringComparison.Ordinal);
        Assert.Equal("${{ steps.settings.outputs.hash }}", Scalar(Map(Assert.Single(Steps(_workflow.Job("deploy")), s => Scalar(s, "id") == "infra"), "env"), "DEPLOYED_SETTINGS_HASH"));
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("deploy")]
    public void The_always_ready_count_comes_from_a_repository_variable(string job)
    {
        Assert.Equal("${{ vars.ALWAYS_READY_INSTANCES || '1' }}", Scalar(Map(_workflow.Job(job), "env"), "ALWAYS_READY_INSTANCES"));
        Assert.Contains("alwaysReadyInstances=\"$ALWAYS_READY_INSTANCES\"", Scripts(_workflow.Job(job)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_deploy_ends_with_the_smoke_test_of_the_public_host()
    {
        var last = Steps(_workflow.Job("deploy"))[^1];

        Assert.Equal("infra/deploy/smoke.sh \"https://${PUBLIC_HOST}\"", Scalar(last, "run"));
        Assert.Equal("${{ steps.infra.outputs.publicHost }}", Scalar(Map(last, "env"), "PUBLIC_HOST"));
    }

    [Fact]
    public void A_pull_request_only_shows_the_plan_with_read_permission_only()
    {
        var plan = _workflow.Job("plan");
        var scripts = Scripts(plan);

        Assert.Contains("github.event_name == 'pull_request'", Scalar(plan, "if"), StringComparison.Ordinal);
        Assert.Contains("publish site --account-url", scripts, StringComparison.Ordinal);
        Assert.Contains("--dry-run", scripts, StringComparison.Ordinal);
        Assert.Contains("az deployment group what-if", scripts, StringComparison.Ordinal);
        Assert.Contains("--validation-level ProviderNoRbac", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("az deployment group create", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain(Uses(plan), u => u.StartsWith(FunctionsAction, StringComparison.Ordinal));
    }

    [Fact]
    public void Deploys_are_never_cancelled_half_way()
    {
        Assert.Contains("cancel-in-progress: ${{ github.event_name == 'pull_request' }}", _workflow.Text, StringComparison.Ordinal);
        Assert.Equal("production", Scalar(_workflow.Job("deploy"), "environment"));
    }

    private static int IndexOf(IReadOnlyList<YamlMappingNode> steps, YamlMappingNode step) => steps.ToList().IndexOf(step);

    private static string Serialize(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private YamlMappingNode KeepTheBuild() =>
        Assert.Single(Steps(_workflow.Job("build")), s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true && Scalar(Map(s, "with"), "name") == "build");

    [GeneratedRegex(@"^\s*(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PinnedAction();
}
