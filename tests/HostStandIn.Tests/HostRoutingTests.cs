using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MotCua.HostStandIn.Tests;

/// <summary>What the host answers itself: its own empty 404 for a route no function has under the app's patterns.</summary>
public sealed class HostRoutingTests(SeededApp site) : IClassFixture<SeededApp>
{
    [Theory]
    [InlineData("/api/nothing")]
    [InlineData("/api/qr")]
    [InlineData("/s/")]
    [InlineData("/go/a/b")]
    public async Task A_path_under_the_app_that_no_function_routes_gets_the_hosts_empty_404(string path)
    {
        var before = site.App.Host.Invocations.Started;

        using var response = await site.App.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(before, site.App.Host.Invocations.Started);
    }

    [Fact]
    public async Task A_path_outside_the_app_goes_to_the_static_website_and_its_404_document()
    {
        using var response = await site.App.Client.GetAsync(new Uri("/apis/nothing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_function_route_with_a_method_it_does_not_list_invokes_nothing()
    {
        var before = site.App.Host.Invocations.Started;

        using var response = await site.App.Client.DeleteAsync(new Uri($"/s/{SeededApp.Code}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, site.App.Host.Invocations.Started);
    }

    [Fact]
    public async Task A_function_route_is_invoked_whatever_the_case_of_its_literal_part()
    {
        using var response = await site.App.Client.GetAsync(new Uri($"/S/{SeededApp.Code}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Scan", site.App.Host.Invocations.Records[^1].Function);
    }

    [Fact]
    public async Task The_host_reports_itself_running_once_the_functions_are_loaded()
    {
        using var status = await site.App.Client.GetFromJsonAsync<JsonDocument>(new Uri("/admin/host/status", UriKind.Relative));

        Assert.Equal("Running", status!.RootElement.GetProperty("state").GetString());
    }
}
