using System.Text.RegularExpressions;
using MotCua.TestSupport;

namespace MotCua.Infra.Tests;

/// <summary>docs/operations.md's set-up commands against what the templates and the workflow need.</summary>
[Collection(CompiledTemplatesCollection.Name)]
public sealed partial class OperationsGuideTests(CompiledTemplates compiled)
{
    private readonly string _guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "operations.md"));

    [Fact]
    public void The_deployer_may_assign_exactly_the_roles_the_templates_assign()
    {
        var roles = ArmTemplate.Compiled(compiled).Module("appaccess").Variable("roles")!.AsObject()
            .Select(p => p.Value!.GetValue<string>());
        var granted = Assert.Single(RolesLine().Matches(_guide)).Groups[1].Value.Split(", ");

        Assert.Equal(roles.Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_deployer_s_condition_covers_both_adding_and_removing_assignments()
    {
        var condition = Assert.Single(ConditionLine().Matches(_guide)).Groups[1].Value;

        Assert.Contains("!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})", condition, StringComparison.Ordinal);
        Assert.Contains("@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {$ROLES}", condition, StringComparison.Ordinal);
        Assert.Contains("!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})", condition, StringComparison.Ordinal);
        Assert.Contains("@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {$ROLES}", condition, StringComparison.Ordinal);
        Assert.Contains("--condition \"$CONDITION\" --condition-version \"2.0\"", _guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_identity_has_one_federated_credential_and_only_the_deployer_s_names_production()
    {
        var credentials = FederatedCredential().Matches(_guide).Select(m => (App: m.Groups["app"].Value, Subject: m.Groups["subject"].Value)).ToList();

        Assert.Equal([("APP_ID", "repo:ORG/REPO:environment:production"), ("PLAN_APP_ID", "repo:ORG/REPO:pull_request")], credentials);
    }

    [Fact]
    public void Every_repository_variable_the_workflow_reads_is_in_the_guide()
    {
        var variables = WorkflowVariable().Matches(DeployWorkflow.Load().Text).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(variables);
        Assert.All(variables, v => Assert.Contains($"`{v}`", _guide, StringComparison.Ordinal));
    }

    [GeneratedRegex("""^\s*ROLES="([^"]+)"$""", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RolesLine();

    [GeneratedRegex("""^\s*CONDITION="(.+)"$""", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConditionLine();

    [GeneratedRegex("""federated-credential create --id \$(?<app>\w+) .*"subject":"(?<subject>[^"]+)""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FederatedCredential();

    [GeneratedRegex(@"vars\.(\w+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WorkflowVariable();
}
