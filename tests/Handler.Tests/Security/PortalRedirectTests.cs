using System.Net;
using MotCua.Handler.Scan;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Security;

/// <summary>
/// <c>/go/</c> sends citizens off our government host: it must never become an open redirect, whatever a sheet's
/// link says. Only https to a configured portal host is followed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PortalRedirectTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private HostileSite _site = null!;

    public async Task InitializeAsync() => _site = await HostileSite.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_link_to_the_portal_over_https_is_followed()
    {
        using var response = await _site.Client.GetAsync($"/go/{_site.Prefix}G");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HostileSite.Links["G"], response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("H")]
    [InlineData("F")]
    [InlineData("U")]
    [InlineData("P")]
    public async Task A_plain_http_foreign_host_user_name_or_other_port_link_is_not_followed(string kind)
    {
        using var response = await _site.Client.GetAsync($"/go/{_site.Prefix}{kind}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("https://dichvucong.gov.vn/x", true)]
    [InlineData("https://DICHVUCONG.GOV.VN/x", true)]
    [InlineData("https://dichvucong.caobang.gov.vn/x", false)]
    [InlineData("https://evil.dichvucong.gov.vn/x", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("", false)]
    public void Only_listed_hosts_are_allowed_exactly(string url, bool allowed) =>
        Assert.Equal(allowed, new PortalOptions().Allows(url));

    [Fact]
    public void A_province_adds_its_own_portal_by_configuration()
    {
        var options = new PortalOptions();
        options.Hosts.Add("dichvucong.caobang.gov.vn");

        Assert.True(options.Allows("https://dichvucong.caobang.gov.vn/x"));
        Assert.False(options.Allows("https://dichvucong.gov.vn/x"));
    }
}
