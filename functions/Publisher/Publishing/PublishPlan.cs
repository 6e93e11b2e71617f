namespace MotCua.Publisher.Publishing;

/// <summary>A page ready to upload: gzipped bytes, headers, and the hash the manifest records.</summary>
public sealed record PublishedBlob(string Name, string ContentType, string CacheControl, byte[] Gzipped, string Hash);

/// <summary>What a publish will do (or, after it ran, did): blobs to write, blobs to delete, blobs left alone.</summary>
/// <param name="Manifest">Every built blob's hash: the manifest to write once the plan has been carried out.</param>
/// <param name="Previous">The manifest the container holds now (empty before the first publish).</param>
public sealed record PublishPlan(
    IReadOnlyList<PublishedBlob> Uploads, IReadOnlyList<string> Deletes, int Unchanged, IReadOnlyDictionary<string, string> Manifest, IReadOnlyDictionary<string, string> Previous)
{
    public bool HasChanges => Uploads.Count > 0 || Deletes.Count > 0;

    /// <summary>Blobs this plan writes under names no manifest has listed yet.</summary>
    public IEnumerable<PublishedBlob> NewNames => Uploads.Where(b => !Previous.ContainsKey(b.Name));
}
