using System.Buffers;

namespace MotCua.Domain.Codes;

/// <summary>
/// Which strings are short codes: 4–6 digits and upper-case letters, without the characters people
/// misread on a poster (O/0, I/1/L). Codes are matched case-insensitively.
/// </summary>
public static class CodeAlphabet
{
    public const int MinLength = 4;
    public const int MaxLength = 6;

    /// <summary>The 31 characters a code is made of.</summary>
    public const string Characters = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static readonly SearchValues<char> Allowed = SearchValues.Create(Characters);

    /// <summary>Whether <paramref name="code"/>, upper-cased, is a well-formed code.</summary>
    public static bool IsValid(string? code) => Problem(code) is null;

    /// <summary>Why <paramref name="code"/> is not a code, or null when it is one.</summary>
    public static string? Problem(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "mã đang để trống";
        }

        if (code.Length is < MinLength or > MaxLength)
        {
            return $"mã QR '{code}' có {code.Length} ký tự; mã QR phải có từ {MinLength} đến {MaxLength} ký tự";
        }

        var upper = code.ToUpperInvariant();
        var bad = upper.AsSpan().IndexOfAnyExcept(Allowed);
        return bad < 0
            ? null
            : $"mã QR '{code}' có ký tự '{code[bad]}'; mã QR chỉ dùng {Characters}, không dùng O, 0, I, 1, L vì dễ đọc nhầm";
    }
}
