using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MotCua.LocalHost;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>The local runner with a recorder in front of its pipeline: which function answered each request.</summary>
public sealed class EndpointCapture : HandlerFactory
{
    private readonly Dictionary<string, string?> _answeredBy = new(StringComparer.Ordinal);

    /// <summary>On a container with nothing published: every function answers without storing anything.</summary>
    public EndpointCapture(string connectionString)
    {
        With("Storage:ConnectionString", connectionString);
        With("Storage:WebContainer", MotCua.TestSupport.UniqueNames.Container("routes"));
    }

    /// <summary>The function that answered the request with this <c>X-Test-Id</c>, or null when none did.</summary>
    public string? AnsweredBy(string testId)
    {
        lock (_answeredBy)
        {
            return _answeredBy.GetValueOrDefault(testId);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new Recorder(_answeredBy)));
    }

    private sealed class Recorder(Dictionary<string, string?> answeredBy) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                await following(context);
                var function = context.GetEndpoint()?.Metadata.GetMetadata<FunctionDefinition>()?.Name;
                lock (answeredBy)
                {
                    answeredBy[context.Request.Headers["X-Test-Id"].ToString()] = function;
                }
            });
            next(app);
        };
    }
}
