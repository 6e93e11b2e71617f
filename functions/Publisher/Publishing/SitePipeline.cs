using System.Collections.Concurrent;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// The one way the site is checked and made, for `validate`, `build`, `serve` and `publish` alike: the sheets and the
/// code registry are read and checked (the same checks, in the same order, with the same messages), every page the
/// sink needs is rendered (on two cores) and handed to it with the files beside the pages, and the sink commits only
/// when nothing had an error. The sink alone knows folders, blobs, or (for `validate`) nothing at all.
/// </summary>
public static class SitePipeline
{
    private const int Parallelism = 2;

    public static async Task<SiteRunResult<TOutcome>> RunAsync<TOutcome>(SiteRun run, ISiteSink<TOutcome> sink, CancellationToken cancellationToken)
        where TOutcome : class
    {
        var (site, loaded) = SiteLoader.Load(run.SiteDir, sink.Cache);
        var (registry, registryProblems) = CodeRegistryLoader.Load(run.SiteDir);

        // A registry that could not be read would make every published code look removed: one mistake, one error.
        var published = registryProblems.Any(d => d.IsError) ? null : await sink.PublishedCodesAsync(cancellationToken);
        // What may stay in a preview but not reach citizens (a placeholder of `new`) is an error when publishing.
        var problems = new List<Diagnostic>(run.Host is null ? loaded : loaded.Select(d => d.BlocksPublishing ? d with { Severity = Severity.Error } : d));
        problems.AddRange(SiteValidator.CheckAcrossSheets(site, run.Today));
        problems.AddRange(registryProblems);
        problems.AddRange(CodeRegistryValidator.Validate(registry, site, published));
        if (!problems.Exists(d => d.IsError))
        {
            var files = new SiteFiles(site, registry, sink.Cache is { } cache ? cache.WithBody : null);
            problems.AddRange(Render(files.Pages(sink.Unchanged(files)), sink, run.Rendered));
            foreach (var extra in files.Extras(run.Host))
            {
                sink.Put(extra, plan: null);
            }
        }

        var sorted = SiteValidator.Sorted(problems);
        await run.ReportAsync(sorted);
        return new SiteRunResult<TOutcome>(site, sorted, sorted.Any(d => d.IsError) ? null : await sink.CommitAsync(cancellationToken));
    }

    /// <summary>Renders the pages the sink selects and hands each over; returns the pages over their size budget.</summary>
    private static ConcurrentBag<Diagnostic> Render<TOutcome>(IReadOnlyList<PagePlan> pages, ISiteSink<TOutcome> sink, Action<int, int>? rendered)
        where TOutcome : class
    {
        var selected = sink.Select(pages);
        var overBudget = new ConcurrentBag<Diagnostic>();
        var done = 0;
        Parallel.ForEach(selected, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, plan =>
        {
            if (sink.Put(plan.Build(), plan) is { } problem)
            {
                overBudget.Add(problem);
                return;
            }

            rendered?.Invoke(Interlocked.Increment(ref done), selected.Count);
        });
        return overBudget;
    }
}
