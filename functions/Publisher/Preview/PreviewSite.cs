using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Publishing;

namespace MotCua.Publisher.Preview;

/// <summary>
/// The site built into a private folder for `serve`, rebuilt on demand. Rebuilds run one at a time (the build's
/// cache is one file); whoever waits for the next version is woken when a rebuild finishes.
/// </summary>
public sealed class PreviewSite(string siteDir, string outDir, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private TaskCompletionSource<PreviewState> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string SiteDir => siteDir;

    public string OutDir => outDir;

    public PreviewState State { get; private set; } = new(0, [], TimeSpan.Zero);

    public async Task<PreviewState> RebuildAsync(CancellationToken cancellationToken)
    {
        await _building.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetTimestamp();
            var state = new PreviewState(State.Version + 1, await BuildAsync(cancellationToken), clock.GetElapsedTime(started));
            State = state;
            Interlocked.Exchange(ref _next, new TaskCompletionSource<PreviewState>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(state);
            return state;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>The build's errors; a file that cannot be read (half-saved, locked) is one error naming it, and the next save builds again.</summary>
    private async Task<IReadOnlyList<Diagnostic>> BuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            var run = new SiteRun(siteDir, VietnamTime.Date(clock.GetUtcNow()));
            var result = await SitePipeline.RunAsync(run, new FolderSink(siteDir, outDir), cancellationToken);
            return [.. result.Diagnostics.Where(d => d.IsError)];
        }
        catch (InputFileException ex)
        {
            return [new Diagnostic(ex.DisplayPath, SourcePosition.Start, Severity.Error, ex.InnerException?.Message ?? ex.Message)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new Diagnostic(siteDir, SourcePosition.Start, Severity.Error, FileTrouble.Describe(ex))];
        }
    }

    /// <summary>The first state after <paramref name="version"/> (at once when the site has moved on already).</summary>
    public Task<PreviewState> NextAsync(long version, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        return State.Version > version ? Task.FromResult(State) : next.WaitAsync(cancellationToken);
    }

    public void Dispose() => _building.Dispose();
}
