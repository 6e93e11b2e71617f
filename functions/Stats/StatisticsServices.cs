using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Stats.Retention;

namespace MotCua.Stats;

/// <summary>The statistics job's services: its options and the retention options checked at start-up, one runner for the process.</summary>
public static class StatisticsServices
{
    /// <summary>
    /// Registers <see cref="StatsRunner"/> with <see cref="StatsOptions"/> (section <c>Stats</c>) and
    /// <see cref="RetentionOptions"/> (section <c>Retention</c>). The host owns the storage clients and
    /// the static website container's name, so it passes that name in.
    /// </summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, string> webContainer)
    {
        services.AddOptions<StatsOptions>().Bind(configuration.GetSection(StatsOptions.Section))
            .PostConfigure<IServiceProvider>((stats, provider) => stats.WebContainer = webContainer(provider))
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
