using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using MotCua.LocalHost;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>
/// The worker and the local runner agree: every <c>[Function]</c> is in the SDK's functions.metadata with
/// its trigger, and the local runner answers each HTTP function on the route and methods listed there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class FunctionAgreementTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly FunctionsMetadata Metadata = FunctionsMetadata.Load(Path.Combine(AppContext.BaseDirectory, FunctionsMetadata.FileName));

    private EndpointCapture _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new EndpointCapture(azurite.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public void The_build_output_lists_the_scan_portal_qr_survey_and_statistics_functions() =>
        Assert.Equal(["PortalClick", "PublishStats", "QrImage", "Scan", "Survey"], Metadata.Functions.Select(f => f.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Routes_have_no_prefix_so_scan_urls_stay_short() =>
        Assert.Equal("", LocalFunctions.RoutePrefix(Path.Combine(AppContext.BaseDirectory, "host.json")));

    [Fact]
    public void Every_function_method_is_in_functions_metadata_with_its_trigger()
    {
        var methods = FunctionClasses.Methods();
        Assert.Equal(Metadata.Functions.Count, methods.Count);
        foreach (var (function, method) in methods)
        {
            var listed = Assert.Single(Metadata.Functions, f => f.Name == function.Name);
            Assert.Equal(FunctionClasses.EntryPoint(method), listed.EntryPoint);
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
    public async Task Every_http_function_is_reachable_locally_on_the_route_and_methods_metadata_gives_it()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var http = Metadata.Functions.Where(f => f.IsHttp).ToList();
        Assert.NotEmpty(http);
        foreach (var function in http)
        {
            Assert.NotEmpty(function.Methods);
            foreach (var method in function.Methods)
            {
                Assert.Equal(function.Name, await AnsweredByAsync(client, method, ConcretePath(function.Route!)));
            }

            // A method metadata does not list is not the function's.
            Assert.NotEqual(function.Name, await AnsweredByAsync(client, "DELETE", ConcretePath(function.Route!)));
        }
    }

    private async Task<string?> AnsweredByAsync(HttpClient client, string method, string path)
    {
        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Test-Id", id);
        if (method == "POST")
        {
            request.Content = new StringContent("counter=tp-cao-bang%2Fquay-1&option=0", Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        using var response = await client.SendAsync(request);
        return _factory.AnsweredBy(id);
    }

    /// <summary>A path the route template matches: parameters get plausible values.</summary>
    private static string ConcretePath(string route) =>
        "/" + RouteParameter().Replace(route, m => m.Value.Contains("file", StringComparison.OrdinalIgnoreCase) ? "HT2K.svg" : "HT2K");

    [GeneratedRegex(@"\{[^}]*\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RouteParameter();
}
