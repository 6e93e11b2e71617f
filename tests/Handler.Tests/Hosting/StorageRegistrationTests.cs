using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Handler.Scan;
using MotCua.Handler.Hosting;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Hosting;

public sealed class StorageRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<ScanOptions>();
        services.AddStorageClients(configuration);
        services.AddAzureClients(clients => ScanTables.AddScanTableClients(clients, StorageRegistration.Tables));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void With_endpoints_and_no_connection_string_every_client_talks_to_the_account_uris_with_the_managed_identity()
    {
        using var services = Services(new()
        {
            ["Storage:BlobEndpoint"] = "https://motcua.blob.core.windows.net",
            ["Storage:TableEndpoint"] = "https://motcua.table.core.windows.net",
            ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var blobs = services.GetRequiredService<BlobServiceClient>();
        var tables = services.GetRequiredService<TableServiceClient>();
        var named = services.GetRequiredService<IAzureClientFactory<TableServiceClient>>();

        Assert.Equal("https://motcua.blob.core.windows.net/", blobs.Uri.AbsoluteUri);
        Assert.False(blobs.CanGenerateAccountSasUri, "no account key may be in play");
        Assert.Equal("motcua", tables.AccountName);
        Assert.Equal("motcua", named.CreateClient(ScanTables.ScanWriterName).AccountName);
        Assert.Equal("motcua", named.CreateClient(ScanTables.FailureWriterName).AccountName);
    }

    [Fact]
    public void With_a_connection_string_every_client_uses_it()
    {
        const string azurite = $"DefaultEndpointsProtocol=http;AccountName={AzuriteInstance.AccountName};AccountKey={AzuriteInstance.AccountKey};BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:2/devstoreaccount1;";
        using var services = Services(new() { ["Storage:ConnectionString"] = azurite });

        Assert.Equal("http://127.0.0.1:1/devstoreaccount1", services.GetRequiredService<BlobServiceClient>().Uri.AbsoluteUri.TrimEnd('/'));
        Assert.Equal("devstoreaccount1", services.GetRequiredService<TableServiceClient>().AccountName);
        Assert.Equal("devstoreaccount1", services.GetRequiredService<IAzureClientFactory<TableServiceClient>>().CreateClient(ScanTables.ScanWriterName).AccountName);
    }

    [Fact]
    public void An_http_endpoint_for_the_managed_identity_is_refused_at_start()
    {
        using var services = Services(new()
        {
            ["Storage:BlobEndpoint"] = "http://motcua.blob.core.windows.net",
            ["Storage:TableEndpoint"] = "https://motcua.table.core.windows.net",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("must use https", error.Message, StringComparison.Ordinal);
    }
}
