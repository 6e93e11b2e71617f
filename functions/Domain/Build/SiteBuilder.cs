using System.Collections.Concurrent;
using System.IO.Compression;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Build;

/// <summary>What a build did: pages rendered, pages left as they were, stale pages removed, and every problem.</summary>
public sealed record BuildResult(int Rendered, int Unchanged, int Deleted, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Builds the site into a folder laid out like the <c>$web</c> container (<c>tp-cao-bang/index.html</c>, ...).
/// Incremental: a page is rendered only when its input hash differs from the last build's (see
/// <see cref="SiteRenderer"/>), so editing one sheet of 10,000 re-renders that page and the few that list it.
/// Nothing is written when the site has errors.
/// </summary>
public static class SiteBuilder
{
    private const int Parallelism = 2;

    /// <summary>Renders every page in memory (for publishing): no cache, no files.</summary>
    public static IEnumerable<BuiltPage> BuildAll(SiteModel site, Func<Sheet, string?>? portalLink = null) =>
        new SiteRenderer(site, portalLink).BuildAll();

    /// <summary>Builds into <paramref name="outDir"/>, rendering only the pages whose inputs changed since the last build.</summary>
    /// <param name="rendered">Told (pages done, pages to render) after each page, from the rendering threads, for a progress display.</param>
    public static BuildResult Build(string siteDir, string outDir, DateOnly today, Func<Sheet, string?>? portalLink = null, Action<int, int>? rendered = null)
    {
        var version = SiteRenderer.Version;
        var cache = BuildCache.Open(siteDir, outDir, version);
        var (site, loaded) = SiteLoader.Load(siteDir, cache);
        var diagnostics = new List<Diagnostic>(loaded);
        diagnostics.AddRange(SiteValidator.CheckAcrossSheets(site, today));
        if (diagnostics.Exists(d => d.IsError))
        {
            return new BuildResult(0, 0, 0, SiteValidator.Sorted(diagnostics));
        }

        Directory.CreateDirectory(outDir);
        var fullOutDir = Path.GetFullPath(outDir);
        var folders = new OutputFolders();
        var plans = new SiteRenderer(site, portalLink, cache.WithBody).Plan().ToList();
        var onDisk = cache.Pages.Count == 0 ? [] : OutputFiles(fullOutDir);
        var stale = plans.Where(p => !cache.Pages.TryGetValue(p.BlobName, out var hash) || hash != p.InputHash || !onDisk.Contains(p.BlobName)).ToList();
        var staleNames = stale.Select(p => p.BlobName).ToHashSet(StringComparer.Ordinal);
        var written = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var overBudget = new ConcurrentBag<Diagnostic>();
        var done = 0;
        Parallel.ForEach(stale, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, plan =>
        {
            var page = plan.Build();
            // A small page fits without compressing it; the fastest level is a cheap upper bound for the others; only a
            // page near the budget is measured at the publisher's level 9.
            if (PageBudget.HasBudget(plan) && page.Bytes.Length > PageBudget.SurelyFitsRawBytes
                && PageBudget.Check(plan, GzipSize(page.Bytes, CompressionLevel.Fastest)) is not null
                && PageBudget.Check(plan, GzipSize(page.Bytes, CompressionLevel.SmallestSize)) is { } problem)
            {
                overBudget.Add(problem);
                return;
            }

            folders.Create(Path.Combine(fullOutDir, plan.BlobName), page.Bytes);
            written[plan.BlobName] = plan.InputHash;
            rendered?.Invoke(Interlocked.Increment(ref done), stale.Count);
        });

        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (written.TryGetValue(plan.BlobName, out var hash) || (!staleNames.Contains(plan.BlobName) && cache.Pages.TryGetValue(plan.BlobName, out hash)))
            {
                pages[plan.BlobName] = hash;
            }
        }

        var deleted = DeleteStale(outDir, cache.Pages.Keys, plans.Select(p => p.BlobName).ToHashSet(StringComparer.Ordinal));
        if (cache.SheetsChanged || written.Count > 0 || deleted > 0 || pages.Count != cache.Pages.Count)
        {
            cache.Save(outDir, version, pages);
        }

        diagnostics.AddRange(overBudget);
        return new BuildResult(written.Count, plans.Count - stale.Count, deleted, SiteValidator.Sorted(diagnostics));
    }

    /// <summary>The blob names of the files in the output folder, read in one walk of it rather than one look-up per page.</summary>
    private static HashSet<string> OutputFiles(string fullOutDir)
    {
        var all = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = true };
        var root = Path.TrimEndingDirectorySeparator(fullOutDir).Length + 1;
        return Directory.EnumerateFiles(fullOutDir, "*", all)
            .Select(path => path[root..].Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static int DeleteStale(string outDir, IEnumerable<string> previous, HashSet<string> current)
    {
        var deleted = 0;
        foreach (var blob in previous.Where(b => !current.Contains(b)))
        {
            var path = Path.Combine(outDir, blob);
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
