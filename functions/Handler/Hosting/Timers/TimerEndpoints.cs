using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Handler.Hosting.Timers;

/// <summary>Maps timer functions to <c>POST /{FunctionName}</c>, the custom-handler invocation protocol.</summary>
public static class TimerEndpoints
{
    public static IEndpointConventionBuilder MapTimer(this WebApplication app, string functionName, TimerHandler handler)
    {
        var registry = app.Services.GetRequiredService<TimerRegistry>();
        registry.Add(functionName, handler);
        return app.MapPost($"/{functionName}", (HttpContext context, CancellationToken cancellationToken) =>
                InvokeAsync(context, registry, functionName, cancellationToken))
            .WithMetadata(new TimerFunctionMetadata(functionName));
    }

    private static async Task<IResult> InvokeAsync(HttpContext context, TimerRegistry registry, string functionName, CancellationToken cancellationToken)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TimerEndpoints));
        JsonElement envelope = default;
        try
        {
            using var doc = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            envelope = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            // An empty or odd body still runs the timer: the schedule, not the payload, is what matters.
        }

        var invocation = TimerInvocation.FromHostEnvelope(functionName, envelope, DateTimeOffset.UtcNow);
        try
        {
            var logs = await registry.RunAsync(invocation, context.RequestServices, cancellationToken);
            return Results.Json(new HostResponse(logs), statusCode: StatusCodes.Status200OK);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Timer {Function} failed", functionName);
            // Non-2xx tells the host the invocation failed; the log line says why without a stack trace.
            return Results.Json(new HostResponse([$"{functionName} failed: {ex.Message}"]), statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>The reply the Functions host expects from a custom handler.</summary>
    private sealed record HostResponse(
        [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs)
    {
        [JsonPropertyName("Outputs")]
        public Dictionary<string, object> Outputs { get; } = [];

        [JsonPropertyName("ReturnValue")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public object? ReturnValue => null;
    }
}

/// <summary>Marks an endpoint as a timer function, for the function.json consistency checks.</summary>
public sealed record TimerFunctionMetadata(string FunctionName);
