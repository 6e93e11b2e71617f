using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MotCua.Handler.Hosting;

namespace MotCua.Handler.Tests.Scan;

public sealed class ClientAddressResolverTests
{
    private static readonly IPAddress FrontDoor = IPAddress.Parse("147.243.0.1");

    private static ClientAddressResolver Resolver(string? header) =>
        new(Options.Create(new ForwardingOptions { ClientAddressHeader = header }));

    private static HeaderDictionary Headers(params (string Name, string Value)[] headers)
    {
        var dictionary = new HeaderDictionary();
        foreach (var (name, value) in headers)
        {
            dictionary.Append(name, value);
        }

        return dictionary;
    }

    [Fact]
    public void Without_a_header_configured_the_peer_the_host_saw_is_the_client_whatever_the_request_says() =>
        Assert.Equal(FrontDoor, Resolver(null).Resolve(FrontDoor, Headers(("X-Azure-SocketIP", "113.161.4.20"), ("X-Forwarded-For", "1.2.3.4"))));

    [Theory]
    [InlineData("113.161.4.20", "113.161.4.20")]
    [InlineData("2402:800:62cd:d2df:cddf:bb7d:f3d7:7390", "2402:800:62cd:d2df:cddf:bb7d:f3d7:7390")]
    [InlineData("::ffff:113.161.4.20", "113.161.4.20")]
    [InlineData(" 113.161.4.20 ", "113.161.4.20")]
    public void Behind_front_door_the_socket_address_it_reports_is_the_client(string header, string client) =>
        Assert.Equal(IPAddress.Parse(client), Resolver(ForwardingOptions.FrontDoorSocketIp).Resolve(FrontDoor, Headers((ForwardingOptions.FrontDoorSocketIp, header))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("113.161.4.20, 1.2.3.4")]
    public void A_missing_or_unreadable_header_leaves_the_peer(string? header)
    {
        var headers = header is null ? Headers() : Headers((ForwardingOptions.FrontDoorSocketIp, header));

        Assert.Equal(FrontDoor, Resolver(ForwardingOptions.FrontDoorSocketIp).Resolve(FrontDoor, headers));
    }

    [Fact]
    public void The_header_sent_twice_is_not_trusted() =>
        Assert.Equal(FrontDoor, Resolver(ForwardingOptions.FrontDoorSocketIp).Resolve(
            FrontDoor, Headers((ForwardingOptions.FrontDoorSocketIp, "1.2.3.4"), (ForwardingOptions.FrontDoorSocketIp, "5.6.7.8"))));

    [Fact]
    public void An_ipv4_mapped_peer_is_read_as_ipv4() =>
        Assert.Equal(IPAddress.Parse("10.1.2.3"), Resolver(null).Resolve(IPAddress.Parse("::ffff:10.1.2.3"), Headers()));
}
