using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Data.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Publisher.Cli;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// Uploads the site to a container (<c>$web</c>): every file gzipped with its type, encoding and cache headers,
/// only the blobs whose content changed since the manifest, then deletions, then the manifest last. An interrupted
/// run leaves the old manifest, so running again finishes the job; each blob write is whole (one PUT).
/// Every page is rendered: the manifest's hashes are of what was uploaded, not of a page's inputs.
/// </summary>
/// <param name="dryRun">Plans what a commit would do and writes nothing.</param>
public sealed class BlobSink(BlobContainerClient container, TextWriter progress, bool dryRun = false) : ISiteSink<PublishPlan>
{
    public const string WebContainer = "$web";
    private const int Concurrency = 8;
    private const int ListEveryAction = 40;

    private readonly ConcurrentDictionary<string, PublishedBlob> _blobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _extras = new();
    private IReadOnlyList<PagePlan> _pages = [];

    public BuildCache? Cache => null;

    /// <summary>The codes of the last published <c>/_data/codes.json</c> (empty before the first publish).</summary>
    public async Task<IReadOnlyCollection<string>?> PublishedCodesAsync(CancellationToken cancellationToken) =>
        await CodesFile.ReadAsync(container, cancellationToken) is { } codes ? CodesFile.CodesOf(codes) : [];

    /// <summary>None: the container's manifest holds hashes of what was uploaded, not of what pages were planned from.</summary>
    public IReadOnlySet<string> Unchanged(SiteFiles files) => new HashSet<string>();

    public IReadOnlyList<PagePlan> Select(IReadOnlyList<PagePlan> pages)
    {
        _pages = pages;
        return pages;
    }

    public Diagnostic? Put(BuiltPage file, PagePlan? plan)
    {
        var blob = Prepare(file);
        if (plan is not null && PageBudget.Check(plan, blob.Gzipped.Length) is { } problem)
        {
            return problem;
        }

        _blobs[blob.Name] = blob;
        if (plan is null)
        {
            _extras.Enqueue(blob.Name);
        }

        return null;
    }

    /// <summary>Plans against the container and, unless this is a dry run, carries the plan out.</summary>
    public async Task<PublishPlan> CommitAsync(CancellationToken cancellationToken)
    {
        // In the site's order, pages then the files beside them, so a dry run lists them as the site is laid out.
        var plan = await PlanAsync([.. _pages.Select(p => _blobs[p.BlobName]), .. _extras.Select(name => _blobs[name])], cancellationToken);
        if (!dryRun)
        {
            await ApplyAsync(plan, cancellationToken);
        }

        return plan;
    }

    /// <summary>Compares the prepared blobs with the manifest and the container's listing (a blob missing there is written again).</summary>
    private async Task<PublishPlan> PlanAsync(IReadOnlyList<PublishedBlob> blobs, CancellationToken cancellationToken)
    {
        var manifest = await ReadManifestAsync(cancellationToken);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (await container.ExistsAsync(cancellationToken) is { Value: true })
        {
            await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                existing.Add(item.Name);
            }
        }

        var uploads = blobs.Where(b => !existing.Contains(b.Name) || manifest.Blobs.GetValueOrDefault(b.Name) != b.Hash).ToList();
        var built = blobs.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var deletes = manifest.Blobs.Keys.Where(name => !built.Contains(name)).Order(StringComparer.Ordinal).ToList();
        var hashes = blobs.ToDictionary(b => b.Name, b => b.Hash, StringComparer.Ordinal);
        return new PublishPlan(uploads, deletes, blobs.Count - uploads.Count, hashes, manifest.Blobs);
    }

    /// <summary>Carries out a plan; the manifest is written last, and only when something changed.</summary>
    private async Task ApplyAsync(PublishPlan plan, CancellationToken cancellationToken)
    {
        if (!plan.HasChanges && await ManifestExistsAsync(cancellationToken))
        {
            return;
        }

        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        if (plan.NewNames.Any())
        {
            // Names are announced before they are written (hash empty: "not yet written"), so a run cut off halfway
            // leaves no blob the manifest does not know: the next run rewrites it, or deletes it if its sheet is gone.
            var intent = new Dictionary<string, string>(plan.Previous, StringComparer.Ordinal);
            foreach (var blob in plan.NewNames)
            {
                intent[blob.Name] = "";
            }

            await WriteManifestAsync(intent, cancellationToken);
        }

        var total = plan.Uploads.Count + plan.Deletes.Count;
        var done = 0;
        await Parallel.ForEachAsync(plan.Uploads, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (blob, ct) =>
        {
            await UploadAsync(blob.Name, blob.Gzipped, blob.ContentType, blob.CacheControl, ct);
            await ReportAsync("uploaded", blob.Name, Interlocked.Increment(ref done), total);
        });
        foreach (var name in plan.Deletes)
        {
            await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            await ReportAsync("deleted", name, Interlocked.Increment(ref done), total);
        }

        await WriteManifestAsync(plan.Manifest, cancellationToken);
    }

    private Task WriteManifestAsync(IReadOnlyDictionary<string, string> blobs, CancellationToken cancellationToken)
    {
        var manifest = new SiteManifest { Blobs = new Dictionary<string, string>(blobs, StringComparer.Ordinal) };
        return UploadAsync(SiteManifest.BlobName, Gzip.Compress(manifest.ToJson()), PagePlan.JsonContentType, WebHeaders.NoCache, cancellationToken);
    }

    /// <summary>The gzipped blob and its hash; the hash covers the headers too, so a header change republishes.</summary>
    private static PublishedBlob Prepare(BuiltPage page)
    {
        var cacheControl = WebHeaders.CacheControlFor(page.BlobName);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(page.ContentType + "\n" + cacheControl + "\n"));
        sha.AppendData(page.Bytes);
        return new PublishedBlob(page.BlobName, page.ContentType, cacheControl, Gzip.Compress(page.Bytes), Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    private async Task UploadAsync(string name, byte[] gzipped, string contentType, string cacheControl, CancellationToken cancellationToken) =>
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(gzipped), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, ContentEncoding = WebHeaders.Gzip, CacheControl = cacheControl },
        }, cancellationToken);

    private async Task<SiteManifest> ReadManifestAsync(CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(SiteManifest.BlobName).DownloadContentAsync(cancellationToken);
            return SiteManifest.FromJson(Gzip.Decompress(download.Value.Content.ToArray()));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return new SiteManifest();
        }
    }

    private async Task<bool> ManifestExistsAsync(CancellationToken cancellationToken) =>
        (await container.GetBlobClient(SiteManifest.BlobName).ExistsAsync(cancellationToken)).Value;

    private async Task ReportAsync(string action, string name, int done, int total)
    {
        if (total <= ListEveryAction)
        {
            await progress.WriteLineAsync($"  {action} {name}");
        }
        else if (done % Math.Max(1, total / 20) == 0 || done == total)
        {
            await progress.WriteLineAsync(ProgressLine.Format(done, total));
        }
    }
}
