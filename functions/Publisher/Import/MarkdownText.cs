using System.Text;

namespace MotCua.Publisher.Import;

/// <summary>Plain text from a Word or Excel file made safe to put in a sheet: no character turns into Markdown by accident.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes emphasis, links and code marks, and a line start that Markdown would read as a heading, quote or list.</summary>
    public static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '`' or '[' or ']' or '<' or '_')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var escaped = sb.ToString();
        if (escaped.Length > 0 && (escaped[0] is '#' or '>' or '=' || (escaped[0] is '-' or '+' && (escaped.Length == 1 || escaped[1] == ' '))))
        {
            return "\\" + escaped;
        }

        // "1. Nộp hồ sơ" as a plain paragraph would become a list item numbered 1; "8.000 đồng" would not.
        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        var marker = digits is > 0 and < 10 && digits < escaped.Length && escaped[digits] is '.' or ')';
        return marker && (digits + 1 == escaped.Length || escaped[digits + 1] == ' ') ? escaped[..digits] + "\\" + escaped[digits..] : escaped;
    }

    /// <summary>A table cell: inline-escaped, pipes escaped, on one line.</summary>
    public static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);
}
