using System.Buffers;
using System.Security.Cryptography;
using MotCua.Domain.Codes;

namespace MotCua.Domain.Slips;

/// <summary>
/// A rating slip's id: <see cref="Length"/> characters of the short codes' alphabet, drawn at random when the slip is
/// printed. 31^16 ≈ 2^79 ids, so with a million slips outstanding a guess finds one once in 10^17 tries; an id is
/// valid only because the print recorded it, so nothing secret is needed to check it. Upper case keeps the QR in
/// alphanumeric mode; ids are matched case-insensitively.
/// </summary>
public static class SlipId
{
    public const int Length = 16;

    private static readonly SearchValues<char> Allowed = SearchValues.Create(CodeAlphabet.Characters);

    /// <summary>A new random id (the system's cryptographic generator).</summary>
    public static string New()
    {
        Span<char> id = stackalloc char[Length];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = CodeAlphabet.Characters[RandomNumberGenerator.GetInt32(CodeAlphabet.Characters.Length)];
        }

        return new string(id);
    }

    /// <summary>The id as stored (upper case), or null when <paramref name="text"/> cannot be a slip's id.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null || text.Length != Length)
        {
            return null;
        }

        var upper = text.ToUpperInvariant();
        return upper.AsSpan().ContainsAnyExcept(Allowed) ? null : upper;
    }
}
