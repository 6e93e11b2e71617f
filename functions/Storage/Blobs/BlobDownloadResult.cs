namespace MotCua.Storage.Blobs;

/// <summary>A downloaded blob: its stored bytes (not decompressed) and properties.</summary>
public sealed class BlobDownloadResult
{
    public required BinaryData Content { get; init; }

    public required BlobDownloadDetails Details { get; init; }
}

/// <summary>The properties returned with a download (same shape as <see cref="BlobProperties"/>).</summary>
public sealed class BlobDownloadDetails : BlobProperties;
