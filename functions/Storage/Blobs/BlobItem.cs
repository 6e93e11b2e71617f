using Azure;

namespace MotCua.Storage.Blobs;

/// <summary>One entry of a container listing.</summary>
public sealed class BlobItem
{
    public required string Name { get; init; }

    public required BlobItemProperties Properties { get; init; }
}

/// <summary>The properties a listing returns for each blob.</summary>
public sealed class BlobItemProperties
{
    public ETag? ETag { get; init; }

    public long? ContentLength { get; init; }

    public string? ContentType { get; init; }

    public string? ContentEncoding { get; init; }

    public string? CacheControl { get; init; }

    public byte[]? ContentHash { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}
