using System.Text.Json.Serialization;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// The index of what the last build wrote, kept beside the output as <c>.build-cache.json</c>: the fingerprint across
/// units, the pages of no unit and the output folders' times. Each unit's part is a <see cref="UnitCacheFile"/>.
/// </summary>
public sealed class BuildCacheFile
{
    [JsonPropertyName("version")]
    public string Version { get; set; } = "";

    [JsonPropertyName("outputs")]
    public BuildOutputs Outputs { get; set; } = new();
}

/// <summary>
/// One unit's part of the cache, <c>.build-cache/&lt;unit&gt;.json</c>: each sheet file's size, time and parsed
/// front matter (not its body), and the unit's pages. A build rewrites only the units it changed.
/// </summary>
public sealed class UnitCacheFile
{
    [JsonPropertyName("version")]
    public string Version { get; set; } = "";

    [JsonPropertyName("unit")]
    public CachedUnit Unit { get; set; } = new();

    [JsonPropertyName("sheets")]
    public Dictionary<string, CachedSheet> Sheets { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>What the last build wrote, and the inputs it planned from, so the next one can skip what did not change.</summary>
public sealed class BuildOutputs
{
    /// <summary>The fingerprint across units (<see cref="SiteInputs.AcrossUnits"/>); a unit is skipped only when it matches.</summary>
    [JsonPropertyName("inputs")]
    public string Inputs { get; set; } = "";

    /// <summary>Each unit's fingerprint and pages, by unit slug (kept in the units' own files).</summary>
    [JsonIgnore]
    public Dictionary<string, CachedUnit> Units { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The input hash of every page of no unit (root, 404, ...) by blob name; empty for the files beside the pages.</summary>
    [JsonPropertyName("pages")]
    public Dictionary<string, string> Pages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each output folder's modification time (ticks) once the build was written: removing a file changes its
    /// folder's, so 1,400 folders are asked instead of 42,000 files. The output root is left out (the cache is
    /// written there last), so the few pages at the root are always looked for.
    /// </summary>
    [JsonPropertyName("folders")]
    public Dictionary<string, long> Folders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every page and file written, by blob name, with its input hash.</summary>
    public IEnumerable<KeyValuePair<string, string>> AllPages() => Units.Values.SelectMany(u => u.Pages).Concat(Pages);

    /// <summary>Every page's input hash by blob name; a name listed twice (a unit's page and a file beside the pages) keeps the last.</summary>
    public Dictionary<string, string> PageHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (blob, hash) in AllPages())
        {
            hashes[blob] = hash;
        }

        return hashes;
    }
}

/// <summary>A unit's pages as the last build planned them, and the fingerprint of the unit's own inputs then.</summary>
public sealed class CachedUnit
{
    [JsonPropertyName("inputs")]
    public string Inputs { get; set; } = "";

    [JsonPropertyName("pages")]
    public Dictionary<string, string> Pages { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One sheet file as parsed by an earlier build; <see cref="Sheet"/> is null when it had errors.</summary>
public sealed class CachedSheet
{
    public long Length { get; set; }

    public long Ticks { get; set; }

    public SheetSnapshot? Sheet { get; set; }

    public List<CachedDiagnostic>? Diagnostics { get; set; }
}

/// <summary>A problem found in a cached sheet; the path is the sheet's own.</summary>
public sealed record CachedDiagnostic(int Line, int Column, Severity Severity, string Message, bool BlocksPublishing = false);

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
    public string? MovedTo { get; set; }
    public int BodyLine { get; set; }
    public Dictionary<string, SourcePosition> Positions { get; set; } = new(StringComparer.Ordinal);
    public List<SheetLink> Links { get; set; } = [];
    public string ContentHash { get; set; } = "";
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BuildCacheFile))]
[JsonSerializable(typeof(UnitCacheFile))]
internal sealed partial class BuildCacheJsonContext : JsonSerializerContext;
