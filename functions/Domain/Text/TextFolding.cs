using System.Globalization;
using System.Text;

namespace MotCua.Domain.Text;

/// <summary>
/// Diacritic-insensitive forms of Vietnamese text: "Đăng ký" and "dang ky" fold to the same string.
/// Used for search keys and for slugs.
/// </summary>
public static class TextFolding
{
    /// <summary>NFC, then strips every diacritic (tone and vowel marks), maps đ to d, lower-cases.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A URL slug: folded, ASCII letters and digits, words joined by single hyphens.</summary>
    public static string Slug(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>NFC-normalises when needed; returns the same instance when the text is already NFC.</summary>
    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
