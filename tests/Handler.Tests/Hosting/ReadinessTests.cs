namespace MotCua.Handler.Tests.Hosting;

public sealed class ReadinessTests : IClassFixture<HandlerFactory>
{
    private readonly HandlerFactory _factory;

    // Under the Functions host the handler does not serve the site: "/" must answer without storage.
    public ReadinessTests(HandlerFactory factory) => _factory = factory.With("Site:ServeStatic", "false");

    [Fact]
    public async Task The_root_answers_200_for_the_hosts_readiness_probe()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
