namespace MotCua.Publisher.Preview;

/// <summary>
/// Rebuilds the preview when a file under the site folder changes. Editors' programs save in bursts (write a
/// temporary file, rename, touch), so changes are gathered for a short quiet time and built once.
/// </summary>
public sealed class PreviewWatcher : IDisposable
{
    /// <summary>Short enough to stay well inside the 1 s from save to reload, long enough to catch one save's burst.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(60);

    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _timer;

    public PreviewWatcher(PreviewSite site, TimeProvider clock, Func<PreviewState, Task> built, CancellationToken cancellationToken)
    {
        _timer = clock.CreateTimer(_ => _ = RebuildAsync(site, built, cancellationToken), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(site.SiteDir)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private static async Task RebuildAsync(PreviewSite site, Func<PreviewState, Task> built, CancellationToken cancellationToken)
    {
        if (!cancellationToken.IsCancellationRequested)
        {
            await built(await site.RebuildAsync(cancellationToken));
        }
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        // Editors' swap and backup files (.x.md.swp, x.md~) are not the site; the rename that follows them is.
        var name = Path.GetFileName(change.FullPath);
        if (!name.EndsWith('~') && !name.EndsWith(".swp", StringComparison.Ordinal) && !name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            Schedule();
        }
    }

    private void Schedule() => _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
}
