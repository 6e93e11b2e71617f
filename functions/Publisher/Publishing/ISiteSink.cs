using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// Where <see cref="SitePipeline"/> writes the site: a folder (<see cref="FolderSink"/>) or a blob container
/// (<see cref="BlobSink"/>). Each is incremental in its own way; the pipeline decides nothing about the medium.
/// </summary>
/// <typeparam name="TOutcome">What a committed run reports (pages rendered, or blobs uploaded).</typeparam>
public interface ISiteSink<TOutcome>
    where TOutcome : class
{
    /// <summary>Parsed sheets kept from the last run into this sink, or null when every sheet is read.</summary>
    BuildCache? Cache { get; }

    /// <summary>The codes this sink published before (none may disappear from the registry), or null when it has none to compare.</summary>
    Task<IReadOnlyCollection<string>?> PublishedCodesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The units whose pages need not even be planned: their inputs (<see cref="SiteFiles.Inputs"/>, computed only by a
    /// sink that keeps them) are those the last run planned them from.
    /// </summary>
    IReadOnlySet<string> Unchanged(SiteFiles files);

    /// <summary>The pages that must be rendered; called once, with every page planned (all but the unchanged units').</summary>
    IReadOnlyList<PagePlan> Select(IReadOnlyList<PagePlan> pages);

    /// <summary>
    /// Takes one rendered file (called from several threads). <paramref name="plan"/> is null for a file beside the
    /// pages. Returns the problem, and keeps nothing, when a page is over its size budget.
    /// </summary>
    Diagnostic? Put(BuiltPage file, PagePlan? plan);

    /// <summary>Makes the run visible (delete what is gone, save the cache or the manifest); only when it had no errors.</summary>
    Task<TOutcome> CommitAsync(CancellationToken cancellationToken);
}
