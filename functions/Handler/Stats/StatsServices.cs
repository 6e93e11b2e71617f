using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using MotCua.Handler.Site;
using MotCua.Stats;

namespace MotCua.Handler.Stats;

/// <summary>The statistics job's services: options checked at start-up, one runner for the process.</summary>
public static class StatsServices
{
    public static IServiceCollection AddStatsServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatsOptions>().Bind(configuration.GetSection(StatsOptions.Section))
            .PostConfigure<IOptions<StorageOptions>>((stats, storage) => stats.WebContainer = storage.Value.WebContainer)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StatsOptions>, StatsOptionsValidator>();
        services.AddSingleton(sp => new StatsRunner(
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<IOptions<StatsOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private sealed class StatsOptionsValidator : IValidateOptions<StatsOptions>
    {
        public ValidateOptionsResult Validate(string? name, StatsOptions options)
        {
            try
            {
                options.Validate();
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException ex)
            {
                return ValidateOptionsResult.Fail(ex.Message);
            }
        }
    }
}
