using System.Net;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Text;

namespace MotCua.Domain.Privacy;

/// <summary>
/// Counts unique visitors without keeping who they are: HMAC-SHA256 over the address prefix and the
/// user agent, keyed by a key that changes every Vietnam-local day. The day key is derived from a
/// secret held only in configuration, never stored beside the data, so yesterday's hashes cannot be
/// linked to today's or reversed by anyone who reads the tables.
/// </summary>
public sealed class VisitorHasher
{
    /// <summary>Hex characters kept: 64 bits are plenty to count visitors and too few to be a fingerprint store.</summary>
    public const int HashLength = 16;

    private readonly byte[] _secret;

    public VisitorHasher(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        _secret = Encoding.UTF8.GetBytes(secret);
    }

    public string Hash(IPAddress? address, string? userAgent, DateTimeOffset now)
    {
        var dayKey = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(VietnamTime.DateKey(now)));
        var input = Encoding.UTF8.GetBytes($"{ClientPrefix.Of(address)}\n{userAgent ?? string.Empty}");
        var mac = HMACSHA256.HashData(dayKey, input);
        return Convert.ToHexStringLower(mac)[..HashLength];
    }
}
