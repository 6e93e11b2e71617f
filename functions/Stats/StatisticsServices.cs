using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using MotCua.Handler.Site;
using MotCua.Stats;

namespace MotCua.Handler.Stats;

/// <summary>The statistics job's services: its options and the retention options checked at start-up, one runner for the process.</summary>
public static class StatsServices
{
    public static IServiceCollection AddStatsServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatsOptions>().Bind(configuration.GetSection(StatsOptions.Section))
            .PostConfigure<IOptions<StorageOptions>>((stats, storage) => stats.WebContainer = storage.Value.WebContainer)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StatsOptions>>(new ThrowingValidator<StatsOptions>(o => o.Validate()));
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>>(new ThrowingValidator<RetentionOptions>(o => o.Validate()));
        services.AddSingleton(sp => new StatsRunner(
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<IOptions<StatsOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<RetentionOptions>>().Value));
        return services;
    }

    /// <summary>Turns an options class's own <c>Validate()</c>, which throws with a clear message, into a start-up check.</summary>
    private sealed class ThrowingValidator<T>(Action<T> validate) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            try
            {
                validate(options);
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException ex)
            {
                return ValidateOptionsResult.Fail(ex.Message);
            }
        }
    }
}
