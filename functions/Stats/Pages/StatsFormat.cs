using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MotCua.Domain.Pages;

namespace MotCua.Stats.Pages;

/// <summary>Numbers, dates and text the way a Vietnamese reader expects them, and HTML-safe.</summary>
internal static class StatsFormat
{
    /// <summary>1.234.567: Vietnamese groups thousands with a dot.</summary>
    public static string Number(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A whole percentage such as "66%", or null when the share is suppressed for small n.</summary>
    public static string? Percent(long part, long whole) =>
        whole < SatisfactionSection.MinimumAnswersShown
            ? null
            : Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>22/11/2026.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>22/11.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd/MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// How the open-data JSON escapes: Vietnamese letters stay readable, HTML-sensitive characters are still escaped,
    /// so the same text can sit in a page (the Dataset markup) or a file.
    /// </summary>
    public static readonly JavaScriptEncoder JsonEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Escapes text for HTML content and quoted attributes.</summary>
    public static string Escape(string text) => Html.Escape(text);
}
