using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Hosting;

public sealed class ReadinessTests : IClassFixture<HandlerFactory>
{
    private readonly HandlerFactory _factory;

    // Nothing published in this container: run.sh waits for "/" to answer before it prints any URL.
    public ReadinessTests(HandlerFactory factory) => _factory = factory.With("Storage:WebContainer", UniqueNames.Container("empty"));

    [Fact]
    public async Task The_root_answers_200_before_anything_is_published()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
