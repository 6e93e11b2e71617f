namespace MotCua.Handler.Tests.Hosting;

public sealed class ReadinessTests : IClassFixture<HandlerFactory>
{
    private readonly HandlerFactory _factory;

    public ReadinessTests(HandlerFactory factory) => _factory = factory;

    [Fact]
    public async Task The_root_answers_200_for_the_hosts_readiness_probe()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
