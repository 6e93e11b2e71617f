
namespace MotCua.Handler.Survey;

/// <summary>The survey endpoint's services; storage clients and <c>WebContent</c> are shared.</summary>
public static class SurveyServices
{
    public static IServiceCollection AddSurveyServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyOptions>().Bind(configuration.GetSection(SurveyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<CrossSitePost>();
        services.AddSingleton<SurveyCatalogSource>();
        return services;
    }
}
