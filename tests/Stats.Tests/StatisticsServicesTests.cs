using MotCua.Data;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Stats.Retention;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests;

public sealed class StatisticsServicesTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings, string webContainer = "$web")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(new TableServiceClient(StorageClientDefaults.DevelopmentStorage));
        services.AddSingleton(new BlobServiceClient(StorageClientDefaults.DevelopmentStorage));
        services.AddSingleton<TimeProvider>(TestClock.Create());
        services.AddStatistics(configuration, _ => webContainer);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_settings_are_bound_and_the_web_container_is_the_hosts()
    {
        using var services = Services(new() { ["Stats:SafetyLag"] = "00:00:30", ["Retention:Days"] = "30" }, webContainer: "site");

        var stats = services.GetRequiredService<IOptions<StatsOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(30), "site"), (stats.SafetyLag, stats.WebContainer));
        Assert.Equal(30, services.GetRequiredService<IOptions<RetentionOptions>>().Value.Days);
        Assert.Same(services.GetRequiredService<StatsRunner>(), services.GetRequiredService<StatsRunner>());
    }

    [Theory]
    [InlineData("Stats:SafetyLag", "02:00:00", "Stats:SafetyLag must be between 0 and 1 hour")]
    [InlineData("Retention:Days", "365", "Retention:Days must be between 1 and 90")]
    public void A_setting_that_cannot_work_is_refused_with_its_reason(string key, string value, string reason)
    {
        using var services = Services(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<StatsOptions>>().Value;
            _ = services.GetRequiredService<IOptions<RetentionOptions>>().Value;
        });

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
