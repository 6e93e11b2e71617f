using System.Text.Json;
using Microsoft.AspNetCore.Routing.Template;
using MotCua.HostStandIn.Worker;

namespace MotCua.HostStandIn.Http;

/// <summary>
/// The host's route table: each HTTP function at <c>{routePrefix}/{route}</c> (host.json's
/// <c>extensions.http.routePrefix</c>, "api" when absent) for the methods its trigger lists.
/// </summary>
internal sealed class FunctionRoutes
{
    private readonly List<(HostedFunction Function, TemplateMatcher Matcher)> _routes;

    public FunctionRoutes(IEnumerable<HostedFunction> functions, string routePrefix)
    {
        RoutePrefix = routePrefix;
        _routes = [.. functions
            .Where(f => f.IsHttp)
            .Select(f => (f, new TemplateMatcher(TemplateParser.Parse(string.Join('/', new[] { routePrefix, f.Route ?? f.Name }.Where(p => p.Length > 0))), new RouteValueDictionary())))
            // Literal segments before parameters, as ASP.NET Core's routing orders them.
            .OrderByDescending(r => r.Item2.Template.Segments.Count(s => s.IsSimple && s.Parts[0].IsLiteral))];
    }

    public string RoutePrefix { get; }

    /// <summary>The function for a request, with its route values; null when no function has that route and method.</summary>
    public (HostedFunction Function, RouteValueDictionary Values)? Match(string method, PathString path)
    {
        foreach (var (function, matcher) in _routes)
        {
            var values = new RouteValueDictionary();
            if (matcher.TryMatch(path, values) && (function.Methods.Count == 0 || function.Methods.Contains(method, StringComparer.OrdinalIgnoreCase)))
            {
                return (function, values);
            }
        }

        return null;
    }

    /// <summary>host.json's route prefix, trimmed of slashes; the host's default is "api".</summary>
    public static string ReadRoutePrefix(string appDirectory)
    {
        var path = Path.Combine(appDirectory, "host.json");
        if (!File.Exists(path))
        {
            return "api";
        }

        using var host = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return host.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
            ? (prefix.GetString() ?? "").Trim('/')
            : "api";
    }
}
