using static MotCua.Infra.Tests.ArmTemplate;

namespace MotCua.Infra.Tests;

/// <summary>Least privilege, read from the compiled templates: who may touch what.</summary>
[Collection(CompiledTemplatesCollection.Name)]
public sealed class AccessTemplateTests(CompiledTemplates compiled)
{
    internal const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    internal const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    internal const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    internal const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private const string StatsPath = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringLike 'stats/*'";
    private const string WebContainer = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals '$web'";

    private readonly ArmTemplate _main = ArmTemplate.Compiled(compiled);

    private IReadOnlyList<RoleAssignment> Assignments => RoleAssignment.All(_main);

    private IEnumerable<RoleAssignment> App => Assignments.Where(a => a.Module == "appaccess" || a.PrincipalId.Contains("appPrincipalId", StringComparison.Ordinal));

    [Fact]
    public void The_host_has_a_storage_account_of_its_own()
    {
        var settings = _main.Deployment("appsettings")["properties"]!["parameters"]!;

        Assert.Contains("'hoststorage'", Text(settings["hostStorageAccountName"], "value"), StringComparison.Ordinal);
        Assert.Equal("[take(toLower(format('sth{0}{1}', parameters('name'), parameters('suffix'))), 24)]", Text(_main.Module("hoststorage").Single("Microsoft.Storage/storageAccounts"), "name"));
        Assert.Equal("[take(toLower(format('st{0}{1}', parameters('name'), parameters('suffix'))), 24)]", Text(_main.Module("storage").Single("Microsoft.Storage/storageAccounts"), "name"));
    }

    [Theory]
    [InlineData(StorageBlobDataOwner)]
    [InlineData(StorageTableDataContributor)]
    public void The_app_has_the_roles_the_Functions_docs_require_on_the_host_account_only(string role)
    {
        var onHost = Assert.Single(App, a => a.RoleId == role && a.Scope.Contains("parameters('hostAccountName')", StringComparison.Ordinal));

        Assert.Null(onHost.Condition);
        Assert.DoesNotContain(App, a => a.RoleId == StorageBlobDataOwner && !a.Scope.Contains("hostAccountName", StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_writes_blobs_only_under_stats_in_the_web_container()
    {
        var blobs = Assert.Single(App, a => a.RoleId == StorageBlobDataContributor);

        Assert.Contains("parameters('dataAccountName')", blobs.Scope, StringComparison.Ordinal);
        Assert.Contains(WebContainer, blobs.Condition, StringComparison.Ordinal);
        Assert.Contains(StatsPath, blobs.Condition, StringComparison.Ordinal);
        Assert.Contains("blobs/write", blobs.Condition, StringComparison.Ordinal);
        Assert.Contains("blobs/delete", blobs.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_reaches_each_table_it_uses_and_no_table_account_wide()
    {
        var tableRoles = App.Where(a => a.RoleId == StorageTableDataContributor && !a.Scope.Contains("hostAccountName", StringComparison.Ordinal)).ToList();

        var perTable = Assert.Single(tableRoles);
        Assert.True(perTable.PerCopy);
        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/tableServices/tables', parameters('dataAccountName'), 'default', parameters('tableNames')[copyIndex()])", perTable.Scope, StringComparison.Ordinal);
        Assert.Contains("outputs.tableNames.value", Text(_main.Deployment("appaccess")["properties"]!["parameters"]!["tableNames"], "value"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deployerPrincipalId", StorageBlobDataContributor)]
    [InlineData("planPrincipalId", StorageBlobDataReader)]
    public void CI_identities_reach_only_the_web_container(string principal, string role)
    {
        var assignment = Assert.Single(Assignments, a => a.PrincipalId.Contains(principal, StringComparison.Ordinal));

        Assert.Equal(role, assignment.RoleId);
        Assert.Contains(WebContainer, assignment.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_role_the_templates_assign_is_one_of_four_data_roles()
    {
        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageBlobDataContributor, StorageBlobDataReader, StorageTableDataContributor }.Order(StringComparer.Ordinal),
            Assignments.Select(a => a.RoleId).Distinct().Order(StringComparer.Ordinal));
    }
}
