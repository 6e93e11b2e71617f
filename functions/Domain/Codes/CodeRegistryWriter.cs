using System.Text;

namespace MotCua.Domain.Codes;

/// <summary>
/// Appends new codes to <c>site/codes.yaml</c> as text, leaving every existing line untouched so an editor's
/// diff shows only the added lines.
/// </summary>
public static class CodeRegistryWriter
{
    /// <summary>The header a new registry file starts with, for editors opening it the first time.</summary>
    public const string Header =
        "# Mã QR in trên bảng niêm yết, tờ thủ tục và quầy: mã → trang mở ra (target) và nơi treo bản in (placement).\n" +
        "# Không bao giờ xoá hay dùng lại một mã đã in: khi gỡ bản in, thêm dòng 'retired: true'.\n";

    private static readonly string[] YamlWords = ["true", "false", "yes", "no", "on", "off", "null", "~"];

    /// <summary>The text to write after <paramref name="existing"/> (the file's current text, or null when it does not exist).</summary>
    public static string AppendText(string? existing, IEnumerable<NewCode> codes)
    {
        var sb = new StringBuilder();
        if (existing is null)
        {
            sb.Append(Header);
        }
        else if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            sb.Append('\n');
        }

        foreach (var code in codes)
        {
            sb.Append("- code: ").Append(code.Code).Append('\n')
                .Append("  target: ").Append(code.Target).Append('\n')
                .Append("  placement: ").Append(Scalar(code.Placement.Normalize(NormalizationForm.FormC))).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A plain YAML scalar when the text is only words and simple punctuation, otherwise a double-quoted one.</summary>
    public static string Scalar(string text)
    {
        var plain = text.Length > 0
            && char.IsLetterOrDigit(text[0])
            && !char.IsWhiteSpace(text[^1])
            && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '–' or '-' or ',' or '.' or '(' or ')' or '/')
            && !YamlWords.Contains(text, StringComparer.OrdinalIgnoreCase)
            && !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
        return plain ? text : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
