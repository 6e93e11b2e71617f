namespace MotCua.Storage.Blobs;

/// <summary>What to store with an uploaded blob, and on which condition.</summary>
public sealed class BlobUploadOptions
{
    public BlobHttpHeaders? HttpHeaders { get; set; }

    public IDictionary<string, string>? Metadata { get; set; }

    public BlobRequestConditions? Conditions { get; set; }
}
