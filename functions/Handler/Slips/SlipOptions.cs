using System.ComponentModel.DataAnnotations;

namespace MotCua.Handler.Slips;

/// <summary>Settings of <c>/p/{slip}</c> (configuration section <c>Slips</c>).</summary>
public sealed class SlipOptions
{
    public const string Section = "Slips";

    /// <summary>How long a citizen waits for storage before the "try again" page (as the counter survey's).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan StorageTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>The slip endpoint's services; storage clients are shared.</summary>
public static class SlipServices
{
    public static IServiceCollection AddSlipServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlipOptions>().Bind(configuration.GetSection(SlipOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SlipStore>();
        return services;
    }
}
