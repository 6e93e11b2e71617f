using System.Collections.Concurrent;
using Azure;
using Microsoft.Extensions.Options;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Handler.Hosting;
using MotCua.Data;

namespace MotCua.Handler.Site;

/// <summary>
/// The <c>$web</c> container's files, kept in memory. A scan must answer at once, so a cached file is
/// served immediately and revalidated by ETag in the background; when storage is slow or down the
/// last good copy keeps being served and the failure is logged.
/// </summary>
public sealed partial class WebContent
{
    /// <summary>Files kept in memory; pages are ~10 KB, so this bounds the cache near 50 MB.</summary>
    public const int MaxEntries = 5000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<WebFile?>>> _firstFetches = new(StringComparer.Ordinal);
    private readonly Lazy<BlobContainerClient> _container;
    private readonly SiteOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WebContent> _logger;

    public WebContent(BlobServiceClient blobs, IOptions<StorageOptions> storage, IOptions<SiteOptions> options, TimeProvider time, ILogger<WebContent> logger)
    {
        // Lazy: start-up must not touch storage; the first scan does.
        _container = new Lazy<BlobContainerClient>(() => blobs.GetBlobContainerClient(storage.Value.WebContainer));
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>The file, or null when it does not exist (or was never reachable).</summary>
    public async ValueTask<WebFile?> GetAsync(string blobName, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(blobName, out var entry))
        {
            if (_time.GetUtcNow() - entry.CheckedAt > _options.RevalidateAfter)
            {
                StartRevalidation(blobName, entry);
            }

            return entry.File;
        }

        // Many first scans of one page arrive together after a cold start: they share one fetch.
        var fetch = _firstFetches.GetOrAdd(blobName, name => new Lazy<Task<WebFile?>>(() => FirstFetchAsync(name)));
        try
        {
            return await fetch.Value.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
        {
            LogFetchFailed(ex, blobName);
            return null;
        }
        finally
        {
            if (fetch.Value.IsCompleted)
            {
                _firstFetches.TryRemove(new KeyValuePair<string, Lazy<Task<WebFile?>>>(blobName, fetch));
            }
        }
    }

    private async Task<WebFile?> FirstFetchAsync(string blobName)
    {
        using var budget = new CancellationTokenSource(_options.FirstFetchBudget, _time);
        var fresh = await FetchAsync(blobName, previous: null, budget.Token);
        Remember(blobName, new Entry(fresh, _time.GetUtcNow()));
        return fresh;
    }

    /// <summary>Forgets one file, so the next request reads storage.</summary>
    public void Forget(string blobName) => _entries.TryRemove(blobName, out _);

    private void StartRevalidation(string blobName, Entry entry)
    {
        if (Interlocked.Exchange(ref entry.Revalidating, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var fresh = await FetchAsync(blobName, entry.File, CancellationToken.None);
                Remember(blobName, new Entry(fresh, _time.GetUtcNow()));
            }
            catch (Exception ex) when (StorageFailure.Is(ex))
            {
                // Keep serving the last good copy; try again after the next interval.
                LogRevalidationFailed(ex, blobName);
                Remember(blobName, new Entry(entry.File, _time.GetUtcNow()));
            }
        });
    }

    private async Task<WebFile?> FetchAsync(string blobName, WebFile? previous, CancellationToken cancellationToken)
    {
        var blob = _container.Value.GetBlobClient(blobName);
        var options = new BlobDownloadOptions();
        if (previous is not null)
        {
            options.Conditions = new BlobRequestConditions { IfNoneMatch = new ETag(previous.ETag) };
        }

        try
        {
            var result = (await blob.DownloadContentAsync(options, cancellationToken)).Value;
            var details = result.Details;
            return new WebFile(
                blobName,
                result.Content.ToArray(),
                details.ContentType ?? "application/octet-stream",
                details.ContentEncoding,
                details.CacheControl,
                details.ETag.ToString("H"));
        }
        catch (RequestFailedException ex) when (ex.Status == StatusCodes.Status304NotModified)
        {
            return previous;
        }
        catch (RequestFailedException ex) when (ex.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    private void Remember(string blobName, Entry entry)
    {
        if (_entries.Count < MaxEntries || _entries.ContainsKey(blobName))
        {
            _entries[blobName] = entry;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {BlobName} from storage")]
    private partial void LogFetchFailed(Exception ex, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not revalidate {BlobName}; serving the cached copy")]
    private partial void LogRevalidationFailed(Exception ex, string blobName);

    private sealed class Entry(WebFile? file, DateTimeOffset checkedAt)
    {
        public int Revalidating;

        public WebFile? File { get; } = file;

        public DateTimeOffset CheckedAt { get; } = checkedAt;
    }
}
