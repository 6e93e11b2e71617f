using System.Text.Json.Serialization;

namespace MotCua.Stats.OpenData;

/// <summary>A Frictionless Data Package (<c>datapackage.json</c>): the files of one office's statistics and their schemas.</summary>
public sealed record DataPackage(
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("homepage")] string Homepage,
    [property: JsonPropertyName("created")] string Created,
    [property: JsonPropertyName("licenses")] IReadOnlyList<PackageLicense> Licenses,
    [property: JsonPropertyName("resources")] IReadOnlyList<PackageResource> Resources);

public sealed record PackageLicense(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("title")] string Title);

/// <summary>One file of the package; a CSV carries its Table Schema and dialect, the JSON none.</summary>
public sealed record PackageResource(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("mediatype")] string MediaType,
    [property: JsonPropertyName("encoding")] string Encoding)
{
    [JsonPropertyName("profile")]
    public string Profile { get; init; } = "data-resource";

    [JsonPropertyName("dialect"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CsvDialect? Dialect { get; init; }

    [JsonPropertyName("schema"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TableSchema? Schema { get; init; }
}

public sealed record CsvDialect(
    [property: JsonPropertyName("delimiter")] string Delimiter,
    [property: JsonPropertyName("lineTerminator")] string LineTerminator,
    [property: JsonPropertyName("header")] bool Header);

/// <summary>A Table Schema: the fields in column order; an empty cell is a missing value.</summary>
public sealed record TableSchema(
    [property: JsonPropertyName("fields")] IReadOnlyList<SchemaField> Fields,
    [property: JsonPropertyName("missingValues")] IReadOnlyList<string> MissingValues);

public sealed record SchemaField(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("description")] string Description)
{
    [JsonPropertyName("format"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Format { get; init; }

    [JsonPropertyName("constraints"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FieldConstraints? Constraints { get; init; }
}

public sealed record FieldConstraints(
    [property: JsonPropertyName("required"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Required,
    [property: JsonPropertyName("enum"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Enum = null);

/// <summary>
/// The package and the page's schema.org markup written with generated code: the publisher that runs the statistics is
/// compiled ahead of time to a native executable, which reflection-based JSON would break.
/// </summary>
[JsonSerializable(typeof(DataPackage))]
[JsonSerializable(typeof(DatasetMarkup))]
internal sealed partial class OpenDataJsonContext : JsonSerializerContext;
