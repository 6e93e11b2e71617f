using MotCua.Publisher.Packaging;

namespace MotCua.Publisher.Tests.Packaging;

public sealed class HostJsonFileTests : IDisposable
{
    private readonly FakeFunctionApp _app = new();

    [Fact]
    public void The_executable_comes_from_the_custom_handler_description()
    {
        Assert.Equal("handler", HostJsonFile.Load(Path.Combine(_app.Repository, "host.json")).ExecutablePath);
    }

    [Theory]
    [InlineData("""{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "handler" } } }""", "forward")]
    [InlineData("""{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "/usr/bin/handler" }, "enableForwardingHttpRequest": true } }""", "relative")]
    [InlineData("""{ "version": "2.0" }""", "customHandler")]
    [InlineData("""{ "customHandler": { "description": { "defaultExecutablePath": "handler" }, "enableForwardingHttpRequest": true } }""", "2.0")]
    public void A_host_json_that_would_not_start_the_handler_is_refused_with_the_reason(string json, string reason)
    {
        _app.Write("repo/host.json", json);

        var error = Assert.Throws<FormatException>(() => HostJsonFile.Load(Path.Combine(_app.Repository, "host.json")));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_app.Repository, "host.json"), error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
