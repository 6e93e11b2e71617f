using System.Text.Json;

namespace MotCua.Domain.Codes;

/// <summary>
/// The codes of a previously published <c>/_data/codes.json</c>: the registry is checked against them so that a
/// code once printed can never silently disappear from <c>site/codes.yaml</c>.
/// </summary>
public static class PublishedCodes
{
    /// <summary>The codes in <paramref name="json"/> (a <see cref="ResolvedCodes"/> document).</summary>
    public static IReadOnlyList<string> Read(string json)
    {
        ResolvedCodes? resolved;
        try
        {
            resolved = JsonSerializer.Deserialize(json, ResolvedCodesJsonContext.Default.ResolvedCodes);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"the published codes file is not codes.json: {ex.Message}", ex);
        }

        if (resolved is null)
        {
            throw new FormatException("the published codes file is empty");
        }

        return resolved.Codes?.Select(c => c.Code).ToList()
            ?? throw new FormatException("the published codes file has no 'codes' list");
    }
}
