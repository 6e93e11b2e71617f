namespace MotCua.Storage.Blobs;

/// <summary>Conditions for a download (e.g. <c>IfNoneMatch</c> = the cached ETag → 304 when unchanged).</summary>
public sealed class BlobDownloadOptions
{
    public BlobRequestConditions? Conditions { get; set; }
}
