using System.Net;
using MotCua.Domain.Privacy;

namespace MotCua.Domain.Tests.Privacy;

public sealed class VisitorHasherTests
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 Chrome/125.0 Mobile Safari/537.36";

    private static readonly byte[] Today = VisitorHasher.NewDayKey();

    private static string Hash(string address, byte[]? key = null) => VisitorHasher.Hash(key ?? Today, IPAddress.Parse(address), Phone);

    [Fact]
    public void Ipv4_addresses_in_one_slash_24_hash_alike_under_one_day_key()
    {
        Assert.Equal(Hash("203.0.113.7"), Hash("203.0.113.200"));
        Assert.NotEqual(Hash("203.0.113.7"), Hash("203.0.114.7"));
    }

    [Fact]
    public void Ipv6_addresses_in_one_slash_64_hash_alike_and_differently_under_the_next_day_key()
    {
        var first = Hash("2402:800:62cd:d2df:cddf:bb7d:f3d7:7390");

        Assert.Equal(first, Hash("2402:800:62cd:d2df::1"));
        Assert.NotEqual(first, Hash("2402:800:62cd:d2e0:cddf:bb7d:f3d7:7390"));
        Assert.NotEqual(first, Hash("2402:800:62cd:d2df:cddf:bb7d:f3d7:7390", VisitorHasher.NewDayKey()));
    }

    [Fact]
    public void Each_day_key_is_new_random_bytes_and_a_short_key_is_refused()
    {
        Assert.Equal(VisitorHasher.KeyBytes, Today.Length);
        Assert.NotEqual(Today, VisitorHasher.NewDayKey());
        Assert.Throws<ArgumentException>(() => VisitorHasher.Hash(new byte[8], null, Phone));
    }
}
