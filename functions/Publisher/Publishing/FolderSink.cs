using System.Collections.Concurrent;
using System.IO.Compression;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>What a build into a folder did: pages rendered, pages left as they were, stale files removed.</summary>
public sealed record FolderBuild(int Rendered, int Unchanged, int Deleted);

/// <summary>
/// Writes the site into a folder laid out like the <c>$web</c> container (<c>tp-cao-bang/index.html</c>, ...).
/// Incremental: a page is rendered only when its input hash differs from the last build's (see
/// <see cref="SiteRenderer"/>) or its file is gone, so editing one sheet of 10,000 re-renders that page and the few
/// that list it. The hashes and the parsed sheets are kept in <see cref="BuildCache"/> beside the output.
/// </summary>
public sealed class FolderSink : ISiteSink<FolderBuild>
{
    private readonly string _outDir;
    private readonly BuildCache _cache;
    private readonly OutputFolders _folders = new();
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _extras = new(StringComparer.Ordinal);
    private IReadOnlyList<PagePlan> _pages = [];
    private HashSet<string> _stale = new(StringComparer.Ordinal);

    /// <summary>A sink into <paramref name="outDir"/>, with the cache the last build left there.</summary>
    public FolderSink(string siteDir, string outDir)
    {
        _outDir = Path.GetFullPath(outDir);
        _cache = BuildCache.Open(siteDir, outDir, SiteRenderer.Version);
    }

    public BuildCache Cache => _cache;

    public Task<IReadOnlyCollection<string>?> PublishedCodesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>?>(null);

    public IReadOnlyList<PagePlan> Select(IReadOnlyList<PagePlan> pages)
    {
        Directory.CreateDirectory(_outDir);
        var onDisk = _cache.Pages.Count == 0 ? [] : OutputFiles();
        var stale = pages.Where(p => !_cache.Pages.TryGetValue(p.BlobName, out var hash) || hash != p.InputHash || !onDisk.Contains(p.BlobName)).ToList();
        _pages = pages;
        _stale = stale.Select(p => p.BlobName).ToHashSet(StringComparer.Ordinal);
        return stale;
    }

    public Diagnostic? Put(BuiltPage file, PagePlan? plan)
    {
        if (plan is not null && OverBudget(plan, file) is { } problem)
        {
            return problem;
        }

        _folders.Create(Path.Combine(_outDir, file.BlobName), file.Bytes);
        if (plan is null)
        {
            _extras[file.BlobName] = true;
        }
        else
        {
            _written[file.BlobName] = plan.InputHash;
        }

        return null;
    }

    public Task<FolderBuild> CommitAsync(CancellationToken cancellationToken)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var plan in _pages)
        {
            if (_written.TryGetValue(plan.BlobName, out var hash) || (!_stale.Contains(plan.BlobName) && _cache.Pages.TryGetValue(plan.BlobName, out hash)))
            {
                kept[plan.BlobName] = hash;
            }
        }

        // A file beside the pages has no input hash: it is written on every run that has it, and removed by the first without.
        foreach (var extra in _extras.Keys)
        {
            kept[extra] = "";
        }

        var deleted = DeleteStale(kept);
        if (_cache.SheetsChanged || !_written.IsEmpty || !_extras.IsEmpty || deleted > 0 || kept.Count != _cache.Pages.Count)
        {
            _cache.Save(_outDir, SiteRenderer.Version, kept);
        }

        return Task.FromResult(new FolderBuild(_written.Count, _pages.Count - _stale.Count, deleted));
    }

    /// <summary>
    /// The page's problem when it is over budget. A small page fits without compressing it; the fastest level is a
    /// cheap upper bound for the others; only a page near the budget is measured at the publisher's level 9.
    /// </summary>
    private static Diagnostic? OverBudget(PagePlan plan, BuiltPage page) =>
        PageBudget.HasBudget(plan) && page.Bytes.Length > PageBudget.SurelyFitsRawBytes
            && PageBudget.Check(plan, GzipSize(page.Bytes, CompressionLevel.Fastest)) is not null
            ? PageBudget.Check(plan, GzipSize(page.Bytes, CompressionLevel.SmallestSize))
            : null;

    /// <summary>The blob names of the files in the output folder, read in one walk of it rather than one look-up per page.</summary>
    private HashSet<string> OutputFiles()
    {
        var all = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = true };
        var root = Path.TrimEndingDirectorySeparator(_outDir).Length + 1;
        return Directory.EnumerateFiles(_outDir, "*", all)
            .Select(path => path[root..].Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Removes what the last build wrote and this one did not: the pages of deleted sheets.</summary>
    private int DeleteStale(Dictionary<string, string> kept)
    {
        var deleted = 0;
        foreach (var blob in _cache.Pages.Keys.Where(b => !kept.ContainsKey(b)))
        {
            var path = Path.Combine(_outDir, blob);
            if (File.Exists(path))
            {
                File.Delete(path);
                deleted++;
            }
        }

        return deleted;
    }

    private static int GzipSize(byte[] bytes, CompressionLevel level)
    {
        using var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, level, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)counter.Length;
    }
}
