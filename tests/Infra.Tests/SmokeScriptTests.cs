using System.Net;

namespace MotCua.Infra.Tests;

/// <summary>infra/deploy/smoke.sh against a local server that answers as told: it must fail on any 5xx.</summary>
public sealed class SmokeScriptTests
{
    private const string Smoke = "infra/deploy/smoke.sh";

    private static readonly Dictionary<string, string> Quick = new(StringComparer.Ordinal)
    {
        ["SMOKE_HOME_ATTEMPTS"] = "2",
        ["SMOKE_RETRY_SECONDS"] = "0",
    };

    [Fact]
    public async Task It_passes_when_the_home_page_answers_and_no_function_path_fails()
    {
        await using var server = await FakeSite.StartAsync(_ => HttpStatusCode.NotFound);

        var run = await ScriptRun.RunAsync(Smoke, Quick, server.BaseUrl);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(["GET /", "GET /s/SMOKE-NO-SUCH-CODE", "GET /go/SMOKE-NO-SUCH-CODE", "GET /api/qr/SMOKE-NO-SUCH-CODE.svg", "POST /api/survey"], server.Requests);
    }

    [Theory]
    [InlineData("/s/", HttpStatusCode.InternalServerError)]
    [InlineData("/go/", HttpStatusCode.BadGateway)]
    [InlineData("/api/qr/", HttpStatusCode.ServiceUnavailable)]
    [InlineData("/api/survey", HttpStatusCode.GatewayTimeout)]
    public async Task It_fails_naming_the_path_that_answered_a_server_error(string path, HttpStatusCode error)
    {
        await using var server = await FakeSite.StartAsync(requestPath => requestPath.StartsWith(path, StringComparison.Ordinal) ? error : HttpStatusCode.NotFound);

        var run = await ScriptRun.RunAsync(Smoke, Quick, server.BaseUrl);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"FAILED: ", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}", run.Output.Split("FAILED: ")[1], StringComparison.Ordinal);
        Assert.Contains($"answered {(int)error}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_fails_when_the_home_page_never_answers()
    {
        await using var server = await FakeSite.StartAsync(_ => HttpStatusCode.NotFound, home: HttpStatusCode.NotFound);

        var run = await ScriptRun.RunAsync(Smoke, Quick, server.BaseUrl);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did not answer 200 after 2 attempts", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Contains("/s/", StringComparison.Ordinal));
    }
}
