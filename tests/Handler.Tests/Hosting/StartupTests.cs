using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>A setting the app cannot run with stops it at start, with one line that says which and why, and no stack trace.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Site:Host", "qr caobang gov vn", "Site:Host must be a bare host name")]
    [InlineData("Scan:DrainTimeout", "00:00:30", "DrainTimeout")]
    [InlineData("Portal:Hosts:0", "http://dichvucong.gov.vn/", "Portal")]
    public async Task A_setting_the_app_cannot_run_with_stops_the_start_with_one_clear_line(string setting, string value, string reason)
    {
        var log = new CapturedLog();

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() =>
            FunctionsApp.StartAsync(azurite.ConnectionString, [KeyValuePair.Create(setting, value)], log: log));

        Assert.Contains("exited with code 1", error.Message, StringComparison.Ordinal);
        var line = Assert.Single(log.Of("Host.Function.Console"));
        Assert.StartsWith("Host.Function.Console: handler: cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }
}
