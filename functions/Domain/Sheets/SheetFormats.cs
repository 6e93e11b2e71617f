using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Domain.Sheets;

/// <summary>The shapes of values editors write: national codes, dates, slugs, portal URLs, sheet keys.</summary>
public static partial class SheetFormats
{
    /// <summary>National procedure code <c>d.dddddd</c>, optionally with a local suffix (<c>1.004873.H87</c>).</summary>
    public static bool IsNationalCode(string value) => NationalCodePattern().IsMatch(value);

    /// <summary>Folder and file names: lower-case ASCII words joined by hyphens (<c>dang-ky-khai-sinh</c>).</summary>
    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An absolute https URL with a host, as the portal's deep links are.</summary>
    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    /// <summary>
    /// Resolves a sheet reference (<c>unit/field/slug</c>, or <c>field/slug</c> within <paramref name="unit"/>) to a key,
    /// or null when it has neither shape.
    /// </summary>
    public static string? ResolveKey(string reference, string unit)
    {
        var parts = reference.Trim().Trim('/').Split('/');
        if (parts.Length is < 2 or > 3 || !parts.All(IsSlug))
        {
            return null;
        }

        return parts.Length == 3 ? string.Join('/', parts) : $"{unit}/{parts[0]}/{parts[1]}";
    }

    [GeneratedRegex(@"^\d\.\d{6}(\.[A-Z0-9]{1,8})?$", RegexOptions.CultureInvariant)]
    private static partial Regex NationalCodePattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
