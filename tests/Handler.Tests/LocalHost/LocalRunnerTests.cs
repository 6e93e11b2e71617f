using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MotCua.LocalHost;

namespace MotCua.Handler.Tests.LocalHost;

/// <summary>What the local runner refuses, and says why, instead of running a function differently from the worker.</summary>
public sealed class LocalRunnerTests
{
    private static FunctionDefinition Http(string method, string route) =>
        new("Probe", "MotCua.Handler.Tests.dll", $"{typeof(ProbeFunctions).FullName}.{method}", "httpTrigger", route, ["GET"], null);

    [Fact]
    public void A_missing_functions_metadata_says_which_build_copies_it()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), FunctionsMetadata.FileName);

        var error = Assert.Throws<FileNotFoundException>(() => FunctionsMetadata.Load(path));

        Assert.Contains("build functions/LocalHost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_parameter_the_runner_cannot_bind_fails_at_start_naming_it()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapHttpFunctions(new FunctionsMetadata([Http(nameof(ProbeFunctions.Unbindable), "p/{code}")]), ""));

        Assert.Contains("Probe: parameter count (Int32)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_value_binds_only_a_parameter_of_the_same_name()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapHttpFunctions(new FunctionsMetadata([Http(nameof(ProbeFunctions.Bindable), "p/{other}")]), ""));

        Assert.Contains("parameter code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 */15 * * * *", "2026-12-01T10:01:00Z", "2026-12-01T10:15:00Z")]
    [InlineData("*/5 * * * *", "2026-12-01T10:01:00Z", "2026-12-01T10:05:00Z")]
    [InlineData("30 0 17 * * *", "2026-12-01T17:00:30Z", "2026-12-02T17:00:30Z")]
    public void A_schedule_is_read_as_the_host_reads_it_with_or_without_seconds(string schedule, string from, string next)
    {
        var cron = LocalTimerScheduler.Parse(new FunctionDefinition("Tick", "x.dll", "X.Run", "timerTrigger", null, [], schedule));

        Assert.Equal(DateTime.Parse(next, null, System.Globalization.DateTimeStyles.AdjustToUniversal), cron.GetNextOccurrence(DateTime.Parse(from, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
    }

    [Fact]
    public void A_schedule_the_runner_cannot_read_is_refused_with_the_function_name() =>
        Assert.Contains("Tick", Assert.Throws<InvalidOperationException>(() =>
            LocalTimerScheduler.Parse(new FunctionDefinition("Tick", "x.dll", "X.Run", "timerTrigger", null, [], "00:15:00"))).Message, StringComparison.Ordinal);
}

/// <summary>Function-shaped methods for the runner's binding checks.</summary>
public sealed class ProbeFunctions
{
    public Task Unbindable(HttpRequest request, int count) => Task.CompletedTask;

    public Task Bindable(HttpRequest request, string code) => Task.CompletedTask;
}
