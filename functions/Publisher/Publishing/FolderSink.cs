using System.Collections.Concurrent;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>What a build into a folder did: pages rendered, pages left as they were, stale files removed.</summary>
public sealed record FolderBuild(int Rendered, int Unchanged, int Deleted);

/// <summary>
/// Writes the site into a folder laid out like the <c>$web</c> container (<c>tp-cao-bang/index.html</c>, ...).
/// Incremental twice over: a unit whose inputs match the last build's (<see cref="PlanInputs"/>) is not planned at
/// all, and of the pages planned, one is rendered only when its input hash differs from the last build's (see
/// <see cref="SiteRenderer"/>) or its file is gone. Editing one sheet's body of 40,000 plans its unit's pages and
/// renders that one. What the last build read and wrote is kept in <see cref="BuildCache"/> beside the output.
/// </summary>
public sealed class FolderSink : ISiteSink<FolderBuild>
{
    private readonly string _outDir;
    private readonly BuildCache _cache;
    private readonly OutputFolders _folders = new();
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _extras = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> _changedFolders;
    private readonly Lazy<Dictionary<string, string>> _previousHashes;
    private SiteInputs _inputs = new("", new Dictionary<string, string>());
    private IReadOnlySet<string> _skipped = new HashSet<string>();
    private IReadOnlyList<PagePlan> _pages = [];
    private HashSet<string> _stale = new(StringComparer.Ordinal);

    /// <summary>A sink into <paramref name="outDir"/>, with the cache the last build left there.</summary>
    public FolderSink(string siteDir, string outDir)
    {
        _outDir = Path.GetFullPath(outDir);
        _cache = BuildCache.Open(siteDir, outDir, SiteRenderer.Version);
        _changedFolders = new(() => ChangedFolders(_cache.Outputs.Folders));
        _previousHashes = new(_cache.Outputs.PageHashes);
    }

    public BuildCache Cache => _cache;

    private BuildOutputs Previous => _cache.Outputs;

    public Task<IReadOnlyCollection<string>?> PublishedCodesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>?>(null);

    /// <summary>Units planned last time from the same inputs, none of whose output folders changed since.</summary>
    public IReadOnlySet<string> Unchanged(SiteFiles files)
    {
        var inputs = files.Inputs();
        _inputs = inputs;
        if (Previous.Inputs.Length == 0 || Previous.Inputs != inputs.AcrossUnits)
        {
            return _skipped;
        }

        var skipped = inputs.Units
            .Where(u => Previous.Units.TryGetValue(u.Key, out var last) && last.Inputs == u.Value && !last.Pages.Keys.Any(b => _changedFolders.Value.Contains(Folder(b))))
            .Select(u => u.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (!SitePages(Previous).Any(p => Missing(p.Key)))
        {
            skipped.Add(SiteRenderer.SitePages);
        }

        _skipped = skipped;
        return _skipped;
    }

    public IReadOnlyList<PagePlan> Select(IReadOnlyList<PagePlan> pages)
    {
        Directory.CreateDirectory(_outDir);
        var previous = _previousHashes.Value;
        var stale = pages.Where(p => !previous.TryGetValue(p.BlobName, out var hash) || hash != p.InputHash || Missing(p.BlobName)).ToList();
        _pages = pages;
        _stale = stale.Select(p => p.BlobName).ToHashSet(StringComparer.Ordinal);
        return stale;
    }

    public Diagnostic? Put(BuiltPage file, PagePlan? plan)
    {
        if (plan is not null && PageSizeCheck.OverBudget(plan, file) is { } problem)
        {
            return problem;
        }

        var path = Path.Combine(_outDir, file.BlobName);
        if (plan is null)
        {
            // A file beside the pages is made on every run: rewritten only when it changed, so its folder keeps its time.
            _extras[file.BlobName] = true;
            if (!SameBytes(path, file.Bytes))
            {
                _folders.Create(path, file.Bytes);
            }

            return null;
        }

        _folders.Create(path, file.Bytes);
        _written[file.BlobName] = plan.InputHash;
        return null;
    }

    public Task<FolderBuild> CommitAsync(CancellationToken cancellationToken)
    {
        var kept = Kept();
        var deleted = DeleteStale(kept);
        kept.Folders = Folders(kept.AllPages().Select(p => Folder(p.Key)));
        if (_cache.SheetsChanged || !_written.IsEmpty || deleted > 0 || !SameOutputs(kept, Previous))
        {
            _cache.Save(_outDir, SiteRenderer.Version, kept);
        }

        var unchanged = _pages.Count - _stale.Count + _skipped.Sum(u => u == SiteRenderer.SitePages ? SitePages(Previous).Count() : Previous.Units[u].Pages.Count);
        return Task.FromResult(new FolderBuild(_written.Count, unchanged, deleted));
    }

    /// <summary>What this build leaves in the folder: the skipped units' pages as they were, the planned pages, the files beside them.</summary>
    private BuildOutputs Kept()
    {
        var kept = new BuildOutputs { Inputs = _inputs.AcrossUnits };
        foreach (var unit in _skipped.Where(u => u != SiteRenderer.SitePages))
        {
            kept.Units[unit] = Previous.Units[unit];
        }

        if (_skipped.Contains(SiteRenderer.SitePages))
        {
            foreach (var (blob, hash) in SitePages(Previous))
            {
                kept.Pages[blob] = hash;
            }
        }

        var previous = _previousHashes.Value;
        foreach (var plan in _pages)
        {
            if (!_written.TryGetValue(plan.BlobName, out var hash) && (_stale.Contains(plan.BlobName) || !previous.TryGetValue(plan.BlobName, out hash)))
            {
                continue;
            }

            var pages = plan.Unit is null ? kept.Pages : UnitPages(kept, plan.Unit.Slug);
            pages[plan.BlobName] = hash;
        }

        // A file beside the pages has no input hash: it is written on every run that has it, and removed by the first without.
        foreach (var extra in _extras.Keys)
        {
            kept.Pages[extra] = "";
        }

        return kept;
    }

    /// <summary>The pages of no unit a build planned (the files beside the pages, with no input hash, left out).</summary>
    private static IEnumerable<KeyValuePair<string, string>> SitePages(BuildOutputs outputs) => outputs.Pages.Where(p => p.Value.Length > 0);

    private Dictionary<string, string> UnitPages(BuildOutputs kept, string unit)
    {
        if (!kept.Units.TryGetValue(unit, out var cached))
        {
            cached = new CachedUnit { Inputs = _inputs.Units.GetValueOrDefault(unit) ?? "" };
            kept.Units[unit] = cached;
        }

        return cached.Pages;
    }

    private static bool SameOutputs(BuildOutputs a, BuildOutputs b) =>
        a.Inputs == b.Inputs && a.Pages.Count == b.Pages.Count && a.Units.Count == b.Units.Count
        && a.Units.All(u => b.Units.TryGetValue(u.Key, out var other) && other.Inputs == u.Value.Inputs && other.Pages.Count == u.Value.Pages.Count)
        && a.Folders.Count == b.Folders.Count && a.Folders.All(f => b.Folders.TryGetValue(f.Key, out var ticks) && ticks == f.Value);

    /// <summary>The folder of a blob name (<c>""</c> for the output root), as <see cref="BuildOutputs.Folders"/> keys it.</summary>
    private static string Folder(string blob)
    {
        var slash = blob.LastIndexOf('/');
        return slash < 0 ? "" : blob[..slash];
    }

    /// <summary>Whether a page the last build wrote is gone: looked for only in folders changed since, or not recorded (the root).</summary>
    private bool Missing(string blob)
    {
        var folder = Folder(blob);
        return (!Previous.Folders.ContainsKey(folder) || _changedFolders.Value.Contains(folder)) && !File.Exists(Path.Combine(_outDir, blob));
    }

    /// <summary>The recorded folders whose modification time is not the one recorded (removed ones included).</summary>
    private HashSet<string> ChangedFolders(Dictionary<string, long> recorded)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, ticks) in recorded)
        {
            if (Directory.GetLastWriteTimeUtc(Path.Combine(_outDir, folder)).Ticks != ticks)
            {
                changed.Add(folder);
            }
        }

        return changed;
    }

    /// <summary>Each folder's modification time now, the root left out (see <see cref="BuildOutputs.Folders"/>).</summary>
    private Dictionary<string, long> Folders(IEnumerable<string> folders)
    {
        var times = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal))
        {
            times[folder] = Directory.GetLastWriteTimeUtc(Path.Combine(_outDir, folder)).Ticks;
        }

        return times;
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>Removes what the last build wrote and this one did not: the pages of deleted sheets.</summary>
    private int DeleteStale(BuildOutputs kept)
    {
        var keep = kept.AllPages().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var blob in Previous.AllPages().Select(p => p.Key).Where(b => !keep.Contains(b)))
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
}
