using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Handler.Hosting.Timers;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>The handler under the requests the Azure Functions host sends it.</summary>
public sealed partial class HostProtocolTests : IClassFixture<ForwardedRequestCapture>
{
    /// <summary>The host gives up on a handler that is not ready in 30 s; the probe itself must be instant.</summary>
    private static readonly TimeSpan ProbeBudget = TimeSpan.FromSeconds(1);

    private readonly ForwardedRequestCapture _factory;

    public HostProtocolTests(ForwardedRequestCapture factory) => _factory = factory;

    [Fact]
    public async Task The_hosts_readiness_probe_on_the_root_is_answered_200_at_once()
    {
        using var client = _factory.CreateClient();
        using var warm = await client.GetAsync(new Uri("/", UriKind.Relative));

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(FromHost(HttpMethod.Get, "/"));
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < ProbeBudget, $"readiness took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task A_forwarded_request_reaches_its_route_with_method_path_query_headers_and_body_unchanged()
    {
        using var client = _factory.CreateClient();
        var functions = _factory.Services.GetRequiredService<FunctionManifest>().Functions.Where(f => f.IsHttp).ToList();
        var cases = functions
            .Select(f => (Method: f.Methods.Count > 0 ? f.Methods[0] : "GET", Path: "/" + ConcretePath(f.Route ?? f.Name), Route: f.Route ?? f.Name))
            .Append((Method: "GET", Path: "/", Route: ""))
            .ToList();

        foreach (var (method, path, route) in cases)
        {
            var body = method is "GET" or "HEAD" ? null : "counter=quay-1&option=0&comment=R%E1%BA%A5t+t%E1%BB%91t";
            using var request = FromHost(new HttpMethod(method), $"{path}?via=host&n=1", body);
            using var response = await client.SendAsync(request);

            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            var seen = Assert.Single(_factory.Seen, s => s.Path == path && s.Headers.GetValueOrDefault("X-Azure-Functions-InvocationId") == request.Headers.GetValues("X-Azure-Functions-InvocationId").Single());
            Assert.Equal(method, seen.Method);
            Assert.Equal("?via=host&n=1", seen.Query);
            Assert.Equal("4.1041.200.1", seen.Headers["X-Azure-Functions-HostVersion"]);
            Assert.Equal("Azure-Functions-Host/4.1041.200.1", seen.Headers["User-Agent"]);
            Assert.Equal(request.Headers.GetValues("traceparent").Single(), seen.Headers["traceparent"]);
            Assert.Equal(body is null ? [] : Encoding.UTF8.GetBytes(body), seen.Body);
            Assert.Equal(RouteKey(route), RouteKey(seen.RoutePattern ?? "(no endpoint)"));
        }
    }

    /// <summary>A request as the host forwards it: original method, path, query and body, plus its own headers.</summary>
    private static HttpRequestMessage FromHost(HttpMethod method, string pathAndQuery, string? formBody = null)
    {
        var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1041.200.1");
        request.Headers.TryAddWithoutValidation("User-Agent", "Azure-Functions-Host/4.1041.200.1");
        request.Headers.Add("traceparent", $"00-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8])}-01");
        if (formBody is not null)
        {
            request.Content = new StringContent(formBody, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return request;
    }

    /// <summary>A path the route template matches: parameters get plausible values.</summary>
    private static string ConcretePath(string route) => RouteParameter().Replace(route, m => m.Groups[1].Value switch
    {
        "*" => "a/b",
        _ when m.Value.Contains("file", StringComparison.OrdinalIgnoreCase) => "HT2K.svg",
        _ => "HT2K",
    });

    private static string RouteKey(string route) => RouteParameter().Replace(route.Trim('/'), "{}").ToLowerInvariant();

    [GeneratedRegex(@"\{(\*?)[^}]*\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RouteParameter();
}
