using System.Text.Json.Serialization;

namespace MotCua.Domain.Codes;

/// <summary>What a printed short code points at.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CodeKind>))]
public enum CodeKind
{
    /// <summary>A procedure sheet; target <c>unit/field/slug</c>.</summary>
    [JsonStringEnumMemberName("procedure")]
    Procedure,

    /// <summary>A field's notice board; target <c>unit/field</c>.</summary>
    [JsonStringEnumMemberName("board")]
    Board,

    /// <summary>A counter's satisfaction survey; target <c>unit/counter</c>.</summary>
    [JsonStringEnumMemberName("counter")]
    Counter,
}

/// <summary>
/// One short code resolved against the site: where it is printed and which page it opens.
/// Published as <c>/_data/codes.json</c>; the handler answers scans from it. <c>name</c> is the target's
/// Vietnamese name (procedure title, field or counter name), for statistics a person reads.
/// A code of a merged office also carries <c>successor_unit</c>, <c>successor_path</c> and <c>merged_from</c>:
/// from that Vietnam-local day on, a scan opens <c>successor_path</c> while still being counted against this code
/// and its old unit. The keys are left out for every other code, so their lines stay as they were.
/// </summary>
public sealed record CodeEntry(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("kind")] CodeKind Kind,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("placement")] string Placement,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("online_url")] string? OnlineUrl = null,
    [property: JsonPropertyName("retired")] bool Retired = false,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("unit_name")] string? UnitName = null,
    [property: JsonPropertyName("successor_unit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SuccessorUnit = null,
    [property: JsonPropertyName("successor_path"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SuccessorPath = null,
    [property: JsonPropertyName("merged_from"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? MergedFrom = null)
{
    /// <summary>The page a scan on <paramref name="vietnamDate"/> opens: the successor's once the merger has begun.</summary>
    public string PathOn(DateOnly vietnamDate) =>
        SuccessorPath is not null && MergedFrom is { } from && vietnamDate >= from ? SuccessorPath : Path;
}

/// <summary>The whole resolved registry, as stored in <c>/_data/codes.json</c>.</summary>
public sealed record ResolvedCodes(
    [property: JsonPropertyName("codes")] IReadOnlyList<CodeEntry> Codes)
{
    // Every scan looks a code up; a province holds tens of thousands. Built on the first look-up (the registry is
    // parsed once per published version); the first entry of a code wins, as a linear search would have it.
    private readonly Lazy<Dictionary<string, CodeEntry>> _byCode = new(() =>
    {
        var index = new Dictionary<string, CodeEntry>(Codes.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Codes)
        {
            index.TryAdd(entry.Code, entry);
        }

        return index;
    });

    /// <summary>
    /// The open-data licence (SPDX id) of each office whose unit.yaml names one other than CC-BY-4.0; absent when none
    /// does. The statistics read it here, with the offices' names.
    /// </summary>
    [JsonPropertyName("licenses"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Licenses { get; init; }

    /// <summary>Looks a code up as printed or typed: codes are matched case-insensitively.</summary>
    public CodeEntry? Find(string code) => _byCode.Value.GetValueOrDefault(code);
}
