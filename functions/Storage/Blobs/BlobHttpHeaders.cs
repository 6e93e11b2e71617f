namespace MotCua.Storage.Blobs;

/// <summary>The standard HTTP properties stored with a blob and served back on every GET.</summary>
public sealed class BlobHttpHeaders
{
    public string? ContentType { get; set; }

    public string? ContentEncoding { get; set; }

    public string? ContentLanguage { get; set; }

    public string? ContentDisposition { get; set; }

    public string? CacheControl { get; set; }

    /// <summary>MD5 of the content; computed from the content when null.</summary>
    public byte[]? ContentHash { get; set; }
}
