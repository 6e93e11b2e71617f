using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// The record, kept in the container as <c>_data/manifest.json</c>, of every blob the publisher wrote and the hash of
/// what it wrote: the next publish uploads only what differs and deletes what is no longer built.
/// </summary>
public sealed class SiteManifest
{
    public const string BlobName = "_data/manifest.json";

    [JsonPropertyName("blobs")]
    public Dictionary<string, string> Blobs { get; set; } = new(StringComparer.Ordinal);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, ManifestJsonContext.Default.SiteManifest);

    /// <summary>The manifest in <paramref name="json"/>, or an empty one when it is unreadable (then everything is uploaded).</summary>
    public static SiteManifest FromJson(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ManifestJsonContext.Default.SiteManifest) ?? new SiteManifest();
        }
        catch (JsonException)
        {
            return new SiteManifest();
        }
    }
}

[JsonSerializable(typeof(SiteManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
