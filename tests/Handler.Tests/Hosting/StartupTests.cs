using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>A setting the app cannot run with stops it at start, with one line that says which and why.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("", "Privacy:VisitorSecret is not set")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/visitor-secret/)", "Key Vault reference that was not resolved")]
    [InlineData("short", "needs at least 16")]
    public async Task A_missing_or_unresolved_visitor_secret_stops_the_start_with_one_clear_line(string secret, string reason)
    {
        var log = new CapturedLog();

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() =>
            FunctionsApp.StartAsync(azurite.ConnectionString, [KeyValuePair.Create("Privacy:VisitorSecret", secret)], log: log));

        Assert.Contains("exited with code 1", error.Message, StringComparison.Ordinal);
        var printed = log.Of("Host.Function.Console");
        var line = Assert.Single(printed);
        Assert.StartsWith("Host.Function.Console: handler: cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }
}
