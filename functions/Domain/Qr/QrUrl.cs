using System.Buffers;
using MotCua.Domain.Codes;

namespace MotCua.Domain.Qr;

/// <summary>
/// The URL a printed code carries: <c>HTTPS://HOST/S/CODE</c>, all upper case, so the whole URL is in
/// QR alphanumeric mode and fits version 3 at level Q (29 modules) for hosts up to 24 characters.
/// The scan route is case-insensitive, so phones opening the upper-case URL land on the right page.
/// </summary>
public static class QrUrl
{
    /// <summary>The host used when none is configured; a placeholder that must be replaced before printing.</summary>
    public const string DefaultHost = "QR.EXAMPLE.VN";

    private static readonly SearchValues<char> HostChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:");

    /// <summary>The URL for <paramref name="code"/> on <paramref name="host"/> (a host name, optionally with a port).</summary>
    public static string For(string host, string code)
    {
        var upperHost = NormalizeHost(host);
        if (!CodeAlphabet.IsValid(code))
        {
            throw new ArgumentException($"'{code}' is not a short code (4–6 of {CodeAlphabet.Characters})", nameof(code));
        }

        return $"HTTPS://{upperHost}/S/{code.ToUpperInvariant()}";
    }

    /// <summary>The URL of a rating slip: <c>HTTPS://HOST/P/ID</c>, upper case like every printed code.</summary>
    public static string ForSlip(string host, string slipId) =>
        Slips.SlipId.Normalize(slipId) is { } id
            ? $"HTTPS://{NormalizeHost(host)}/P/{id}"
            : throw new ArgumentException($"'{slipId}' is not a slip id", nameof(slipId));

    /// <summary>Upper-cases a configured host and rejects anything that would leave alphanumeric mode.</summary>
    public static string NormalizeHost(string host)
    {
        var upper = (host ?? string.Empty).Trim().ToUpperInvariant();
        if (upper.Length == 0 || upper.AsSpan().IndexOfAnyExcept(HostChars) >= 0)
        {
            throw new ArgumentException($"'{host}' không phải tên máy chủ: chỉ ghi tên như qr.caobang.gov.vn (chữ, chữ số, '.', '-' và ':cổng' nếu có), không ghi https:// hay đường dẫn", nameof(host));
        }

        return upper;
    }
}
