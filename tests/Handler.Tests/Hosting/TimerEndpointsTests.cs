using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Handler.Hosting.Timers;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>The custom-handler protocol for timers, on a minimal app that maps one timer.</summary>
public sealed class TimerEndpointsTests
{
    private static async Task<WebApplication> StartAsync(TimerHandler handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimerRegistry>();
        var app = builder.Build();
        app.MapTimer("Tick", handler);
        await app.StartAsync();
        return app;
    }

    private static StringContent Envelope() => new(
        """{"Data":{"timer":{"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"Tick","UtcNow":"2026-11-22T00:00:00Z"}}}""",
        Encoding.UTF8,
        "application/json");

    [Fact]
    public async Task A_timer_call_is_answered_with_the_hosts_reply_shape_and_its_logs()
    {
        await using var app = await StartAsync((inv, _, _) => Task.FromResult<IReadOnlyList<string>>([$"ran at {inv.UtcNow:O}"]));
        using var client = app.GetTestClient();
        using var response = await client.PostAsync(new Uri("/Tick", UriKind.Relative), Envelope());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("ReturnValue").ValueKind);
        Assert.Equal("ran at 2026-11-22T00:00:00.0000000+00:00", body.RootElement.GetProperty("Logs")[0].GetString());
    }

    [Fact]
    public async Task A_failing_timer_answers_non_2xx_so_the_host_records_a_failure()
    {
        await using var app = await StartAsync((_, _, _) => throw new InvalidOperationException("storage is down"));
        using var client = app.GetTestClient();
        using var response = await client.PostAsync(new Uri("/Tick", UriKind.Relative), Envelope());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("storage is down", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
