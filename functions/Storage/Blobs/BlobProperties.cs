using Azure;

namespace MotCua.Storage.Blobs;

/// <summary>A blob's stored properties and metadata (from a HEAD or GET).</summary>
public class BlobProperties
{
    public long ContentLength { get; init; }

    public string? ContentType { get; init; }

    public string? ContentEncoding { get; init; }

    public string? ContentLanguage { get; init; }

    public string? ContentDisposition { get; init; }

    public string? CacheControl { get; init; }

    public byte[]? ContentHash { get; init; }

    public ETag ETag { get; init; }

    public DateTimeOffset LastModified { get; init; }

    public IDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
