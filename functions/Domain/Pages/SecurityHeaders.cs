using System.Text.Json;

namespace MotCua.Domain.Pages;

/// <summary>
/// The security headers every answer carries and the base of every page's own content policy, read from
/// <c>infra/security-headers.json</c> (embedded at build): the same file Front Door's rule set loads, so the site, the
/// functions and the local stand-in cannot drift apart.
/// </summary>
public static class SecurityHeaders
{
    private static readonly (IReadOnlyDictionary<string, string> Headers, string PagePolicy) Definition = Load();

    /// <summary>Header name to value, in the file's order.</summary>
    public static IReadOnlyDictionary<string, string> Headers => Definition.Headers;

    /// <summary>The page policy before the hashes of a page's own inline scripts and styles (<see cref="ContentPolicy"/>).</summary>
    public static string PagePolicy => Definition.PagePolicy;

    private static (IReadOnlyDictionary<string, string>, string) Load()
    {
        using var stream = typeof(SecurityHeaders).Assembly.GetManifestResourceStream("security-headers.json")
            ?? throw new InvalidOperationException("security-headers.json is not embedded in MotCua.Domain.");
        using var json = JsonDocument.Parse(stream);
        var headers = json.RootElement.GetProperty("headers").EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? ""));
        return (new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase), json.RootElement.GetProperty("pagePolicy").GetString() ?? "");
    }
}
