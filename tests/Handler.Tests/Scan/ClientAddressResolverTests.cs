using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MotCua.Handler.Scan;

namespace MotCua.Handler.Tests.Scan;

public sealed class ClientAddressResolverTests
{
    private static ClientAddressResolver Resolver(string header = "X-Forwarded-For", params string[] trusted)
    {
        var options = new ForwardingOptions { Header = header };
        foreach (var proxy in trusted)
        {
            options.TrustedProxies.Add(proxy);
        }

        return new ClientAddressResolver(Options.Create(options));
    }

    private static HeaderDictionary Headers(string name, string value) => new() { [name] = value };

    [Fact]
    public void Without_a_trusted_proxy_the_forwarding_header_is_ignored()
    {
        var resolver = Resolver();

        var client = resolver.Resolve(IPAddress.Parse("198.51.100.9"), Headers("X-Forwarded-For", "203.0.113.7"));

        Assert.Equal(IPAddress.Parse("198.51.100.9"), client);
    }

    [Fact]
    public void A_peer_that_is_not_the_trusted_proxy_cannot_forge_its_address()
    {
        var resolver = Resolver("X-Forwarded-For", "10.0.0.0/8");

        var client = resolver.Resolve(IPAddress.Parse("198.51.100.9"), Headers("X-Forwarded-For", "203.0.113.7"));

        Assert.Equal(IPAddress.Parse("198.51.100.9"), client);
    }

    [Fact]
    public void Behind_the_trusted_proxy_the_first_untrusted_hop_from_the_right_is_the_client()
    {
        var resolver = Resolver("X-Forwarded-For", "10.0.0.0/8", "127.0.0.1");

        // The client forged the leftmost entry; the proxy appended the real one.
        var client = resolver.Resolve(IPAddress.Loopback, Headers("X-Forwarded-For", "1.1.1.1, 2402:800:62cd:d2df::7, 10.1.2.3"));

        Assert.Equal(IPAddress.Parse("2402:800:62cd:d2df::7"), client);
    }

    [Fact]
    public void Hops_with_ports_and_ipv4_mapped_peers_are_understood()
    {
        var resolver = Resolver("X-Forwarded-For", "127.0.0.1/32");

        var client = resolver.Resolve(IPAddress.Parse("::ffff:127.0.0.1"), Headers("X-Forwarded-For", "203.0.113.7:51234"));

        Assert.Equal(IPAddress.Parse("203.0.113.7"), client);
    }

    [Fact]
    public void Front_doors_client_ip_header_is_read_when_configured()
    {
        var resolver = Resolver("X-Azure-ClientIP", "10.0.0.0/8");
        var headers = new HeaderDictionary { ["X-Azure-ClientIP"] = "113.161.4.20", ["X-Forwarded-For"] = "9.9.9.9" };

        var client = resolver.Resolve(IPAddress.Parse("10.0.0.4"), headers);

        Assert.Equal(IPAddress.Parse("113.161.4.20"), client);
    }

    [Fact]
    public void An_unreadable_hop_stops_the_walk_at_the_last_good_one()
    {
        var resolver = Resolver("X-Forwarded-For", "10.0.0.0/8");

        var client = resolver.Resolve(IPAddress.Parse("10.0.0.4"), Headers("X-Forwarded-For", "203.0.113.7, unknown, 10.0.0.5"));

        Assert.Equal(IPAddress.Parse("10.0.0.5"), client);
    }

    [Fact]
    public void A_bad_trusted_proxy_entry_is_rejected_with_its_text()
    {
        var options = new ForwardingOptions();
        options.TrustedProxies.Add("10.0.0.0/99");

        var result = new ForwardingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("10.0.0.0/99", result.FailureMessage, StringComparison.Ordinal);
    }
}
