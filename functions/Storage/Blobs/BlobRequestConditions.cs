using Azure;

namespace MotCua.Storage.Blobs;

/// <summary>Conditional headers for blob requests (optimistic concurrency and revalidation).</summary>
public sealed class BlobRequestConditions
{
    /// <summary>Act only if the blob's ETag equals this (412 otherwise).</summary>
    public ETag? IfMatch { get; set; }

    /// <summary>Act only if the blob's ETag differs; <see cref="ETag.All"/> means "only if it does not exist".</summary>
    public ETag? IfNoneMatch { get; set; }

    public DateTimeOffset? IfModifiedSince { get; set; }

    public DateTimeOffset? IfUnmodifiedSince { get; set; }
}
