namespace MotCua.Infra.Tests;

public sealed class StorageTemplateTests
{
    private readonly BicepTemplate _template = BicepTemplate.Load();

    [Fact]
    public void Both_storage_accounts_are_StorageV2_https_only_TLS_1_2_without_shared_keys()
    {
        var accounts = _template.All("Microsoft.Storage/storageAccounts").ToList();

        Assert.Equal(["modules/hoststorage.bicep", "modules/storage.bicep"], accounts.Select(a => a.File).Order(StringComparer.Ordinal));
        foreach (var account in accounts)
        {
            Assert.Contains("kind: 'StorageV2'", account.Body, StringComparison.Ordinal);
            Assert.Contains("supportsHttpsTrafficOnly: true", account.Body, StringComparison.Ordinal);
            Assert.Contains("minimumTlsVersion: 'TLS1_2'", account.Body, StringComparison.Ordinal);
            Assert.Contains("allowSharedKeyAccess: false", account.Body, StringComparison.Ordinal);
            Assert.Contains("allowBlobPublicAccess: false", account.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_table_the_app_uses_is_created()
    {
        var tables = _template.Single("Microsoft.Storage/storageAccounts/tableServices/tables");
        var storage = _template.Files["modules/storage.bicep"];

        Assert.Contains("for table in tableNames", tables.Body + storage, StringComparison.Ordinal);
        var declared = System.Text.RegularExpressions.Regex.Match(storage, @"param tableNames array = \[(?<names>[^\]]*)\]");
        Assert.True(declared.Success, "storage.bicep declares no tableNames list");
        var created = System.Text.RegularExpressions.Regex.Matches(declared.Groups["names"].Value, "'([a-z0-9]+)'").Select(m => m.Groups[1].Value);

        Assert.Equal(MotCua.Data.TableNames.All.Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Flex_deployment_container_exists_in_the_host_account_and_is_private()
    {
        var container = _template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("modules/hoststorage.bicep", container.File);
        Assert.Contains("publicAccess: 'None'", container.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Static_website_hosting_is_switched_on_by_the_workflow_since_ARM_does_not_carry_it()
    {
        var workflow = DeployWorkflow.Load().Text;

        Assert.Contains("az storage blob service-properties update", workflow, StringComparison.Ordinal);
        Assert.Contains("--static-website --index-document index.html --404-document 404.html", workflow, StringComparison.Ordinal);
        Assert.Contains("--auth-mode login", workflow, StringComparison.Ordinal);
    }
}
