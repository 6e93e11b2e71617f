using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MotCua.Domain.Surveys;

/// <summary>Writes and reads <c>/_data/survey.json</c>.</summary>
public static class SurveyCatalogJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Read by the handler only, never embedded in a page: keep Vietnamese readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = SurveyJsonContext.Default,
    };

    /// <summary>Through the generated type information, so no reflection is needed (the publisher may be compiled ahead of time).</summary>
    private static readonly JsonTypeInfo<SurveyCatalog> CatalogInfo = (JsonTypeInfo<SurveyCatalog>)Options.GetTypeInfo(typeof(SurveyCatalog));

    public static byte[] Serialize(SurveyCatalog catalog) => JsonSerializer.SerializeToUtf8Bytes(catalog, CatalogInfo);

    /// <summary>The catalog in <paramref name="json"/>, or null when it is not a valid catalog. Never throws.</summary>
    public static SurveyCatalog? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var catalog = JsonSerializer.Deserialize(json, SurveyJsonContext.Default.SurveyCatalog);
            return catalog is null || catalog.Units.Any(u => u is null || u.Counters.Any(c => c is null) || u.Procedures.Any(p => p is null))
                ? null
                : catalog;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSourceGenerationOptions(RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(SurveyCatalog))]
internal sealed partial class SurveyJsonContext : JsonSerializerContext;
