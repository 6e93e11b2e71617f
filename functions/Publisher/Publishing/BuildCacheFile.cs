using System.Text.Json.Serialization;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// What the last build read and wrote, kept beside the output as <c>.build-cache.json</c>: each sheet file's size,
/// time and parsed front matter (not its body), and each page's input hash.
/// </summary>
public sealed class BuildCacheFile
{
    [JsonPropertyName("version")]
    public string Version { get; set; } = "";

    [JsonPropertyName("sheets")]
    public Dictionary<string, CachedSheet> Sheets { get; set; } = new(StringComparer.Ordinal);

    [JsonPropertyName("pages")]
    public Dictionary<string, string> Pages { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One sheet file as parsed by an earlier build; <see cref="Sheet"/> is null when it had errors.</summary>
public sealed class CachedSheet
{
    public long Length { get; set; }

    public long Ticks { get; set; }

    public SheetSnapshot? Sheet { get; set; }

    public List<CachedDiagnostic> Diagnostics { get; set; } = [];
}

/// <summary>A problem found in a cached sheet; the path is the sheet's own.</summary>
public sealed record CachedDiagnostic(int Line, int Column, Severity Severity, string Message);

/// <summary>A sheet without its body and key facts: what boards, indexes and checks across sheets need.</summary>
public sealed class SheetSnapshot
{
    public string Title { get; set; } = "";
    public string? Code { get; set; }
    public ServiceLevel Level { get; set; }
    public string? OnlineUrl { get; set; }
    public DateOnly? Updated { get; set; }
    public bool Retired { get; set; }
    public string? ReplacedBy { get; set; }
    public List<string> Aliases { get; set; } = [];
    public int BodyLine { get; set; }
    public Dictionary<string, SourcePosition> Positions { get; set; } = new(StringComparer.Ordinal);
    public List<SheetLink> Links { get; set; } = [];
    public string ContentHash { get; set; } = "";
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BuildCacheFile))]
internal sealed partial class BuildCacheJsonContext : JsonSerializerContext;
