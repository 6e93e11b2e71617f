using System.Text.Json.Serialization;

namespace MotCua.Stats.OpenData;

/// <summary>schema.org <c>Dataset</c> markup (JSON-LD) for the statistics page, so search engines and catalogues find the open data.</summary>
public sealed record DatasetMarkup(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("license")] string License,
    [property: JsonPropertyName("inLanguage")] string InLanguage,
    [property: JsonPropertyName("dateModified")] string DateModified,
    [property: JsonPropertyName("creator")] DatasetCreator Creator,
    [property: JsonPropertyName("distribution")] IReadOnlyList<DataDownload> Distribution)
{
    [JsonPropertyName("@context"), JsonPropertyOrder(-2)]
    public string Context { get; init; } = "https://schema.org";

    [JsonPropertyName("@type"), JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Dataset";
}

public sealed record DatasetCreator([property: JsonPropertyName("name")] string Name)
{
    [JsonPropertyName("@type"), JsonPropertyOrder(-1)]
    public string Type { get; init; } = "GovernmentOrganization";
}

public sealed record DataDownload(
    [property: JsonPropertyName("contentUrl")] string ContentUrl,
    [property: JsonPropertyName("encodingFormat")] string EncodingFormat)
{
    [JsonPropertyName("@type"), JsonPropertyOrder(-1)]
    public string Type { get; init; } = "DataDownload";
}
