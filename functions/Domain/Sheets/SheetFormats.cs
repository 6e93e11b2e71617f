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

    /// <summary>
    /// The page slug of a sheet's file name (without <c>.md</c>): a slug as it is, or a national code, as the national
    /// portal names its pages (<c>1.004859</c>), with its dots as hyphens in lower case (<c>1-004859</c>); null otherwise.
    /// </summary>
    public static string? SlugOfFileName(string name)
    {
        if (IsSlug(name))
        {
            return name;
        }

        return CodeOfFileName(name) is { } code ? code.Replace('.', '-').ToLowerInvariant() : null;
    }

    /// <summary>The national code a file name is, in its canonical (upper-case suffix) form, or null.</summary>
    public static string? CodeOfFileName(string name)
    {
        var code = name.ToUpperInvariant();
        return IsNationalCode(code) ? code : null;
    }

    /// <summary>ISO dates (<c>2026-07-01</c>) and the Vietnamese day/month/year (<c>01/07/2026</c>, <c>1/7/2026</c>).</summary>
    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy"];

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
