using MotCua.Publisher.Packaging;

namespace MotCua.Publisher.Tests.Packaging;

public sealed class FunctionDefinitionTests : IDisposable
{
    private readonly FakeFunctionApp _app = new();

    [Fact]
    public void An_http_function_reads_its_route_and_methods()
    {
        var scan = FunctionDefinition.Load(Path.Combine(_app.Repository, "functions/Handler/Functions/Scan"));

        Assert.Equal("Scan", scan.Name);
        Assert.Equal("s/{code}", scan.Route);
        Assert.Equal(["get", "head"], scan.Methods);
        Assert.Null(scan.Schedule);
        Assert.True(scan.IsHttp);
    }

    [Fact]
    public void A_timer_function_reads_its_schedule()
    {
        var stats = FunctionDefinition.Load(Path.Combine(_app.Repository, "functions/Handler/Functions/PublishStats"));

        Assert.Equal("0 5 * * * *", stats.Schedule);
        Assert.False(stats.IsHttp);
    }

    [Theory]
    [InlineData("""{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "function", "route": "s/{code}" }, { "type": "http", "direction": "out", "name": "res" } ] }""", "anonymous")]
    [InlineData("""{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "anonymous", "route": "/s/{code}" }, { "type": "http", "direction": "out", "name": "res" } ] }""", "leading '/'")]
    [InlineData("""{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "anonymous", "route": "s/{code}" } ] }""", "\"http\" out binding")]
    [InlineData("""{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "anonymous", "route": "s/{code}", "methods": ["GET"] }, { "type": "http", "direction": "out", "name": "res" } ] }""", "lower-case")]
    [InlineData("""{ "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer", "schedule": "5 * * * *" } ] }""", "6 fields")]
    [InlineData("""{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "q" } ] }""", "httpTrigger, timerTrigger")]
    [InlineData("""{ "bindings": [ { "type": "timerTrigger", "direction": "in", "schedule": "0 5 * * * *" } ] }""", "\"name\"")]
    [InlineData("""{ "bindings": [] }""", "non-empty")]
    public void A_function_json_the_host_would_not_forward_as_planned_is_refused_with_the_reason(string json, string reason)
    {
        _app.Write("repo/functions/Handler/Functions/Bad/function.json", json);

        var error = Assert.Throws<FormatException>(() => FunctionDefinition.Load(Path.Combine(_app.Repository, "functions/Handler/Functions/Bad")));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_app.Repository, "functions/Handler/Functions/Bad", "function.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        _app.Write("repo/functions/Handler/Functions/Bad/function.json", "{\n  \"bindings\": [\n    oops\n  ]\n}");

        var error = Assert.Throws<FormatException>(() => FunctionDefinition.Load(Path.Combine(_app.Repository, "functions/Handler/Functions/Bad")));

        Assert.Contains("function.json:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_function_json_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_app.Repository, "functions/Handler/Functions/Empty"));

        var error = Assert.Throws<FormatException>(() => FunctionDefinition.Load(Path.Combine(_app.Repository, "functions/Handler/Functions/Empty")));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
