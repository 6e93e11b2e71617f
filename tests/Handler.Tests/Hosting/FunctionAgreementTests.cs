using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using MotCua.HostStandIn.Worker;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>The app with nothing published: every function answers without storing anything.</summary>
public sealed class EmptyApp : AppFixture
{
    protected override Task SeedAsync(string connectionString) => Task.CompletedTask;
}

/// <summary>
/// The code and what Azure runs agree: every <c>[Function]</c> is one the worker reports to the host (from the SDK's
/// functions.metadata in the build output) with its trigger, and the host invokes each HTTP function on exactly the
/// routes and methods listed there.
/// </summary>
public sealed partial class FunctionAgreementTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private IReadOnlyList<HostedFunction> Reported => app.App.Host.Functions;

    [Fact]
    public void The_worker_reports_the_scan_portal_qr_survey_slip_and_statistics_functions() =>
        Assert.Equal(["PortalClick", "PublishStats", "QrImage", "Scan", "SlipAnswer", "SlipForm", "Survey"], Reported.Select(f => f.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Routes_have_no_prefix_so_scan_urls_stay_short()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.FunctionsApp, "host.json")));
        Assert.Equal("", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void Every_function_method_is_reported_with_its_trigger()
    {
        var methods = FunctionClasses.Methods();
        Assert.Equal(Reported.Count, methods.Count);
        foreach (var (function, method) in methods)
        {
            var listed = Assert.Single(Reported, f => f.Name == function.Name);
            var triggers = method.GetParameters().SelectMany(p => p.GetCustomAttributes()).ToList();
            if (triggers.OfType<HttpTriggerAttribute>().SingleOrDefault() is { } http)
            {
                Assert.True(listed.IsHttp, listed.Name);
                Assert.Equal(http.Route, listed.Route);
                Assert.Equal(http.Methods!.Select(m => m.ToUpperInvariant()), listed.Methods);
            }
            else
            {
                var timer = Assert.Single(triggers.OfType<TimerTriggerAttribute>());
                Assert.True(listed.IsTimer, listed.Name);
                Assert.Equal(timer.Schedule, listed.Schedule);
            }
        }
    }

    [Fact]
    public async Task Every_http_function_is_invoked_on_the_route_and_methods_it_reports_and_no_other_method()
    {
        var http = Reported.Where(f => f.IsHttp).ToList();
        Assert.NotEmpty(http);
        foreach (var function in http)
        {
            Assert.NotEmpty(function.Methods);
            foreach (var method in function.Methods)
            {
                Assert.Equal(function.Name, await InvokedByAsync(method, ConcretePath(function.Route!)));
            }

            Assert.Null(await InvokedByAsync("DELETE", ConcretePath(function.Route!)));
        }
    }

    /// <summary>The function the host invoked for this request, or null when it invoked none.</summary>
    private async Task<string?> InvokedByAsync(string method, string path)
    {
        var before = app.App.Host.Invocations.Started;
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("counter=tp-cao-bang%2Fquay-1&option=0", Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        using var response = await app.App.Client.SendAsync(request);
        return app.App.Host.Invocations.Started > before ? app.App.Host.Invocations.Records[^1].Function : null;
    }

    /// <summary>A path the route template matches: parameters get plausible values.</summary>
    private static string ConcretePath(string route) =>
        "/" + RouteParameter().Replace(route, m => m.Value.Contains("file", StringComparison.OrdinalIgnoreCase) ? "HT2K.svg" : "HT2K");

    [GeneratedRegex(@"\{[^}]*\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RouteParameter();
}
