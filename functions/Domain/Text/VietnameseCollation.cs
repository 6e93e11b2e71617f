using System.Globalization;
using System.Text;

namespace MotCua.Domain.Text;

/// <summary>
/// Orders Vietnamese text as a Vietnamese reader expects: letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
/// u ư v x y (f j w z in their Latin places), case ignored; tones only break ties, in the order
/// ngang, huyền, hỏi, ngã, sắc, nặng. Code-point order would put "Đ" after "Z".
/// </summary>
public sealed class VietnameseCollation : IComparer<string>
{
    public static readonly VietnameseCollation Instance = new();

    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private const char LetterBase = '\u4000';
    private const char DigitBase = '\u3000';
    private const char TieSeparator = '\u0001';

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byKey = string.CompareOrdinal(SortKey(x), SortKey(y));
        return byKey != 0 ? byKey : string.CompareOrdinal(x, y);
    }

    /// <summary>A string whose ordinal order is the Vietnamese order; compute once per item when sorting many.</summary>
    public static string SortKey(string text)
    {
        // NFD puts the dot below before the breve or circumflex ("ặ" = a, U+0323, U+0306), so each base
        // letter is read with its whole run of combining marks before deciding letter and tone.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var primary = new StringBuilder(decomposed.Length);
        var tones = new StringBuilder(decomposed.Length);
        var i = 0;
        while (i < decomposed.Length)
        {
            var c = char.ToLowerInvariant(decomposed[i++]);
            var vowelMark = '\0';
            var tone = '0';
            while (i < decomposed.Length && IsCombining(decomposed[i]))
            {
                var mark = decomposed[i++];
                var toneOf = ToneOf(mark);
                if (toneOf != '0')
                {
                    tone = toneOf;
                }
                else
                {
                    vowelMark = mark;
                }
            }

            var rank = Alphabet.IndexOf(WithVowelMark(c, vowelMark), StringComparison.Ordinal);
            if (rank >= 0)
            {
                primary.Append((char)(LetterBase + rank));
                tones.Append(tone);
            }
            else if (c is >= '0' and <= '9')
            {
                primary.Append((char)(DigitBase + (c - '0')));
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                primary.Append(' ');
            }
            else
            {
                primary.Append(c);
            }
        }

        return primary.Append(TieSeparator).Append(tones).ToString();
    }

    /// <summary>The letter of the Vietnamese alphabet a text is filed under in an A–Z index ("Đăng ký" → "Đ"), or "#".</summary>
    public static string InitialLetter(string text)
    {
        // The first letter with its marks decides, so only that is keyed, not the whole title.
        var trimmed = text.TrimStart();
        var key = SortKey(trimmed.Length == 0 ? trimmed : trimmed[..StringInfo.GetNextTextElementLength(trimmed)]);
        if (key.Length == 0 || key[0] < LetterBase || key[0] >= LetterBase + Alphabet.Length)
        {
            return "#";
        }

        return char.ToUpperInvariant(Alphabet[key[0] - LetterBase]).ToString();
    }

    private static char WithVowelMark(char c, char mark) => (c, mark) switch
    {
        ('a', '\u0306') => 'ă',
        ('a', '\u0302') => 'â',
        ('e', '\u0302') => 'ê',
        ('o', '\u0302') => 'ô',
        ('o', '\u031B') => 'ơ',
        ('u', '\u031B') => 'ư',
        _ => c,
    };

    private static char ToneOf(char mark) => mark switch
    {
        '\u0300' => '1', // huyền
        '\u0309' => '2', // hỏi
        '\u0303' => '3', // ngã
        '\u0301' => '4', // sắc
        '\u0323' => '5', // nặng
        _ => '0',
    };

    private static bool IsCombining(char c) => c is >= '\u0300' and <= '\u036F';
}
