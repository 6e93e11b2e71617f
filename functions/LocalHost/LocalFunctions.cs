using System.Text.Json;
using MotCua.Handler.Hosting;

namespace MotCua.LocalHost;

/// <summary>The local runner: the Functions app's services, its functions from functions.metadata, and $web.</summary>
public static class LocalFunctions
{
    /// <summary>Where the Functions host listens by default; the local runner takes the same.</summary>
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplicationBuilder AddLocalFunctions(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddFunctionAppServices(builder.Configuration);
        builder.Services.AddSingleton(_ => FunctionsMetadata.Load(Path.Combine(AppContext.BaseDirectory, FunctionsMetadata.FileName)));
        builder.Services.AddOptions<LocalTimerOptions>().Bind(builder.Configuration.GetSection(LocalTimerOptions.Section));
        builder.Services.AddHostedService<LocalTimerScheduler>();
        return builder;
    }

    public static WebApplication MapLocalFunctions(this WebApplication app)
    {
        app.MapHttpFunctions(app.Services.GetRequiredService<FunctionsMetadata>(), RoutePrefix(Path.Combine(AppContext.BaseDirectory, "host.json")));
        app.MapStaticSite();
        return app;
    }

    /// <summary>host.json's <c>extensions.http.routePrefix</c>; the host's default is "api".</summary>
    public static string RoutePrefix(string hostJsonPath)
    {
        using var host = JsonDocument.Parse(File.ReadAllText(hostJsonPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return host.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
            ? prefix.GetString()!.Trim('/')
            : "api";
    }
}
