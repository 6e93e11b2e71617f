using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Handler.Hosting;
using MotCua.Handler.Hosting.Timers;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>Every route the handler maps must be reachable through a function.json, and every function.json must have a handler.</summary>
public sealed class FunctionBindingsTests : IClassFixture<HandlerFactory>
{
    private readonly HandlerFactory _factory;

    public FunctionBindingsTests(HandlerFactory factory) => _factory = factory;

    private (FunctionManifest Manifest, List<RouteEndpoint> Endpoints) Load()
    {
        var services = _factory.Services;
        var manifest = services.GetRequiredService<FunctionManifest>();
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        return (manifest, endpoints);
    }

    [Fact]
    public void Every_mapped_route_has_a_function_json()
    {
        var (manifest, endpoints) = Load();
        var missing = new List<string>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<LocalOnlyMetadata>() is not null)
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<TimerFunctionMetadata>() is { } timer)
            {
                if (manifest.Find(timer.FunctionName) is not { IsTimer: true })
                {
                    missing.Add($"timer {timer.FunctionName}");
                }

                continue;
            }

            var route = RouteKey(endpoint.RoutePattern.RawText ?? string.Empty);
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
            var function = manifest.Functions.FirstOrDefault(f => f.IsHttp && RouteKey(f.Route ?? f.Name) == route);
            if (function is null)
            {
                missing.Add($"route /{route}");
            }
            else if (function.Methods.Count > 0 && methods.Any(m => !function.Methods.Contains(m, StringComparer.OrdinalIgnoreCase)))
            {
                missing.Add($"route /{route} methods {string.Join(",", methods)} not all in {function.Name}/function.json");
            }
        }

        Assert.True(missing.Count == 0, "No function.json for: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_function_json_has_a_handler()
    {
        var (manifest, endpoints) = Load();
        var routes = endpoints.Select(e => RouteKey(e.RoutePattern.RawText ?? string.Empty)).ToHashSet(StringComparer.Ordinal);
        var timers = endpoints.Select(e => e.Metadata.GetMetadata<TimerFunctionMetadata>()?.FunctionName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var orphans = manifest.Functions
            .Where(f => f.IsTimer ? !timers.Contains(f.Name) : !routes.Contains(RouteKey(f.Route ?? f.Name)))
            .Select(f => f.Name)
            .ToList();
        Assert.True(orphans.Count == 0, "function.json without a handler: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Every_function_json_is_a_supported_trigger()
    {
        var (manifest, _) = Load();
        Assert.All(manifest.Functions, f => Assert.True(f.IsHttp || f.IsTimer, $"{f.Name}: trigger {f.TriggerType}"));
        Assert.All(manifest.Functions.Where(f => f.IsTimer), f => Assert.False(string.IsNullOrWhiteSpace(f.Schedule), $"{f.Name} has no schedule"));
    }

    /// <summary>Route text without the leading slash and with parameter names and constraints erased.</summary>
    private static string RouteKey(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route.Trim('/'), @"\{[^}]*\}", "{}").ToLowerInvariant();
}
