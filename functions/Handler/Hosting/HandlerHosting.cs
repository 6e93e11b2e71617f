namespace MotCua.Handler.Hosting;

/// <summary>Where the handler listens and how it logs, under the Functions host or on its own.</summary>
public static class HandlerHosting
{
    /// <summary>The port the handler uses when no Functions host gives it one.</summary>
    public const int LocalPort = 7071;

    public static WebApplicationBuilder ConfigureHandlerHosting(this WebApplicationBuilder builder)
    {
        // The Functions host calls the handler on 127.0.0.1 and the port it chose; on its own the
        // handler keeps to loopback too, unless --urls or ASPNETCORE_URLS say otherwise.
        var hostPort = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (!string.IsNullOrEmpty(hostPort))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{hostPort}");
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{LocalPort}");
        }

        builder.Services.AddHandlerServices(builder.Configuration);
        return builder;
    }

    public static bool IsUnderFunctionsHost =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT"));
}
