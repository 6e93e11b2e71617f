using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Handler.Hosting.Timers;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>Every timer the handler maps, called exactly as the Functions host calls it, against real storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostTimerProtocolTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>The statistics timer the deployment schedules; the host posts to its folder name.</summary>
    private const string StatsTimer = "PublishStats";

    private HandlerFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new HandlerFactory()
            .With("Storage:ConnectionString", azurite.ConnectionString)
            .With("Site:ServeStatic", "false");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public void The_statistics_timer_is_mapped()
    {
        Assert.Contains(StatsTimer, _factory.Services.GetRequiredService<TimerRegistry>().Names);
    }

    [Fact]
    public async Task Each_timer_answers_the_hosts_envelope_with_200_json_outputs_logs_and_a_null_return_value()
    {
        using var client = _factory.CreateClient();
        var timers = _factory.Services.GetRequiredService<TimerRegistry>().Names.ToList();
        Assert.NotEmpty(timers);

        foreach (var name in timers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/{name}", UriKind.Relative))
            {
                Content = new StringContent(Envelope(name), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
            request.Headers.Add("X-Azure-Functions-HostVersion", "4.1041.200.1");
            request.Headers.TryAddWithoutValidation("User-Agent", "Azure-Functions-Host/4.1041.200.1");
            using var response = await client.SendAsync(request);

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            using var reply = JsonDocument.Parse(text);
            var root = reply.RootElement;
            Assert.Equal(["Logs", "Outputs", "ReturnValue"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Empty(root.GetProperty("Outputs").EnumerateObject());
            Assert.All(root.GetProperty("Logs").EnumerateArray(), log => Assert.Equal(JsonValueKind.String, log.ValueKind));
            Assert.Equal(JsonValueKind.Null, root.GetProperty("ReturnValue").ValueKind);
        }
    }

    /// <summary>The payload a host 4.x sends a timer function (binding name "timer", no schedule monitor).</summary>
    private static string Envelope(string functionName) =>
        $$$$"""{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"{{{{functionName}}}}","UtcNow":"{{{{DateTimeOffset.UtcNow:O}}}}","RandGuid":"{{{{Guid.NewGuid()}}}}"}}}""";
}
