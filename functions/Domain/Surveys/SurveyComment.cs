using System.Globalization;
using System.Text;

namespace MotCua.Domain.Surveys;

/// <summary>
/// Cleans and checks a citizen's free-text comment.
/// <list type="bullet">
/// <item>Line breaks become LF (browsers send CRLF); tab and LF are the only control characters kept.</item>
/// <item>Any other control character (C0 including NUL, DEL, C1), unpaired surrogates, noncharacters, and every bidirectional override or isolate
/// (U+202A–U+202E, U+2066–U+2069, the "Trojan Source" characters that reorder what a reader sees) is
/// rejected with a message, not silently removed: the citizen sees what was refused.</item>
/// <item>Invisible characters that carry no meaning in Vietnamese text (zero-width space, word joiner,
/// BOM, soft hyphen, LRM/RLM/ALM, invisible operators) are stripped. ZWJ and ZWNJ are kept because
/// emoji sequences (👨‍👩‍👧, flags) need them.</item>
/// <item>The text is NFC-normalised and trimmed, and its length is counted in text elements (grapheme
/// clusters, what a reader sees as one character): an emoji or an NFD "ệ" counts as one. A browser's
/// <c>maxlength</c> counts UTF-16 units, so anything a browser lets through also passes here.</item>
/// </list>
/// </summary>
public static class SurveyComment
{
    public const string ControlMessage = "Ý kiến có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); vui lòng xoá và gửi lại.";
    public const string BidiMessage = "Ý kiến có ký tự đảo chiều chữ (U+202A–U+202E, U+2066–U+2069); vui lòng xoá và gửi lại.";
    /// <summary>For unpaired surrogates and Unicode noncharacters.</summary>
    public const string SurrogateMessage = "Ý kiến có ký tự không hợp lệ; vui lòng gõ lại.";

    public static string TooLongMessage(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"Ý kiến dài {length} ký tự; tối đa {SurveyLimits.MaxCommentLength} ký tự.");

    /// <summary>The clean comment and, when it cannot be accepted, why. Never throws.</summary>
    public static (string Text, string? Error) Clean(string raw)
    {
        var text = new StringBuilder(raw.Length);
        string? error = null;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, raw[i + 1])))
                {
                    error ??= SurrogateMessage;
                }
                else
                {
                    text.Append(c).Append(raw[i + 1]);
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                error ??= SurrogateMessage;
            }
            else if (c == '\r')
            {
                text.Append('\n');
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\n' or '\t')
            {
                text.Append(c);
            }
            else if (char.IsControl(c))
            {
                error ??= ControlMessage;
            }
            else if (IsBidiControl(c))
            {
                error ??= BidiMessage;
            }
            else if (!IsStripped(c))
            {
                text.Append(c);
            }
        }

        string clean;
        try
        {
            clean = text.ToString().Normalize(NormalizationForm.FormC).Trim();
        }
        catch (ArgumentException)
        {
            // Whatever else the normaliser refuses; nothing of it is stored or shown.
            return ("", SurrogateMessage);
        }

        var length = Length(clean);
        if (error is null && length > SurveyLimits.MaxCommentLength)
        {
            error = TooLongMessage(length);
        }

        return (clean, error);
    }

    /// <summary>Length as a reader counts it: text elements (grapheme clusters).</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>
    /// Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane): never text,
    /// and .NET's normaliser refuses U+FFFE outright.
    /// </summary>
    public static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>Embedding, override and isolate controls: U+202A–U+202E and U+2066–U+2069.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsStripped(char c) => c is '\u00AD' or '\u061C' or '\u180E' or '\u200B' or '\u200E' or '\u200F'
        or (>= '\u2060' and <= '\u2064') or (>= '\u206A' and <= '\u206F') or '\uFEFF';
}
