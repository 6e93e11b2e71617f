using System.Globalization;
using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// Escaping and the small formatting helpers every renderer shares. Vietnamese letters are written as UTF-8, not as
/// numeric entities (WebUtility.HtmlEncode would turn each "ế" into seven bytes).
/// </summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A Vietnamese date as people write it: 15/09/2026.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? LevelLabel(ServiceLevel level) => level switch
    {
        ServiceLevel.ToanTrinh => "Dịch vụ công trực tuyến toàn trình",
        ServiceLevel.MotPhan => "Dịch vụ công trực tuyến một phần",
        ServiceLevel.TrucTiep => "Nộp hồ sơ trực tiếp",
        _ => null,
    };

    /// <summary>Shortens text for meta descriptions at a word boundary.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : max - 1), "…");
    }
}
