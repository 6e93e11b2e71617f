using Azure;

namespace MotCua.Storage.Blobs;

/// <summary>The result of an upload: the new ETag, time and stored MD5.</summary>
public sealed class BlobContentInfo
{
    public ETag ETag { get; init; }

    public DateTimeOffset LastModified { get; init; }

    public byte[]? ContentHash { get; init; }
}
