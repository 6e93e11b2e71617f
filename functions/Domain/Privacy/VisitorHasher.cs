using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace MotCua.Domain.Privacy;

/// <summary>
/// Tells one visitor from another within one Vietnam-local day without keeping who they are: HMAC-SHA256 over the
/// address prefix (<see cref="ClientPrefix"/>) and the user agent, keyed by that day's random key. The key is
/// deleted once the day's statistics are final, and nothing derived from a past day's key can then be recomputed:
/// days cannot be linked, and no guess can be tested against them. The hash itself is never stored; only one-way
/// keys made from it are (<c>SurveyKeys</c> in the storage library).
/// </summary>
public static class VisitorHasher
{
    /// <summary>Bytes of a day key: 256 random bits, the HMAC-SHA256 block's worth.</summary>
    public const int KeyBytes = 32;

    /// <summary>A new day key, from the operating system's cryptographic generator.</summary>
    public static byte[] NewDayKey() => RandomNumberGenerator.GetBytes(KeyBytes);

    /// <summary>The visitor's hash under <paramref name="dayKey"/>, as lower-case hex.</summary>
    public static string Hash(byte[] dayKey, IPAddress? address, string? userAgent)
    {
        ArgumentNullException.ThrowIfNull(dayKey);
        if (dayKey.Length < KeyBytes)
        {
            throw new ArgumentException($"A day key has {KeyBytes} bytes.", nameof(dayKey));
        }

        var input = Encoding.UTF8.GetBytes($"{ClientPrefix.Of(address)}\n{userAgent ?? string.Empty}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(dayKey, input));
    }
}
