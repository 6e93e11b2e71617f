using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MotCua.LocalHost;

/// <summary>
/// Maps every HTTP function of <c>functions.metadata</c> to its route and methods (under host.json's
/// route prefix, as the Functions host does) and runs the same function method for it.
/// </summary>
public static class HttpFunctionEndpoints
{
    public static void MapHttpFunctions(this IEndpointRouteBuilder app, FunctionsMetadata metadata, string routePrefix)
    {
        foreach (var function in metadata.Functions.Where(f => f.IsHttp))
        {
            var invoker = new FunctionInvoker(function);
            var pattern = RoutePatternFactory.Parse("/" + string.Join('/', new[] { routePrefix, function.Route ?? function.Name }.Where(p => p.Length > 0)));
            var unbound = invoker.Parameters.FirstOrDefault(p => !CanBind(p, pattern));
            if (unbound is not null)
            {
                throw new InvalidOperationException(
                    $"{function.Name}: parameter {unbound.Name} ({unbound.ParameterType.Name}) cannot be bound by the local runner; "
                    + "functions take HttpRequest, route values as strings and a CancellationToken.");
            }

            RequestDelegate run = context => RunAsync(context, invoker);
            var endpoint = function.Methods.Count == 0 ? app.Map(pattern.RawText!, run) : app.MapMethods(pattern.RawText!, function.Methods, run);
            endpoint.WithDisplayName(function.Name).WithMetadata(function);
        }
    }

    private static bool CanBind(System.Reflection.ParameterInfo parameter, RoutePattern pattern) =>
        parameter.ParameterType == typeof(HttpRequest)
        || parameter.ParameterType == typeof(CancellationToken)
        || (parameter.ParameterType == typeof(string) && pattern.GetParameter(parameter.Name!) is not null);

    private static async Task RunAsync(HttpContext context, FunctionInvoker invoker)
    {
        var result = await invoker.InvokeAsync(context.RequestServices, parameter => parameter.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => context.Request,
            var t when t == typeof(CancellationToken) => context.RequestAborted,
            _ => context.Request.RouteValues[parameter.Name!]?.ToString(),
        });
        if (result is IActionResult action)
        {
            await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }
}
