using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>One run of <see cref="SitePipeline"/>: the site folder and the Vietnam-local date its sheets are checked against.</summary>
public sealed record SiteRun(string SiteDir, DateOnly Today)
{
    /// <summary>
    /// The public host QR codes point at, when the run publishes: the posters are made for it, and what may stay in a
    /// preview (a placeholder of <c>new</c> in a sheet that is no draft) is refused. Null for validate, build and serve.
    /// </summary>
    public string? Host { get; init; }

    /// <summary>Told (pages done, pages to render) after each page, from the rendering threads, for a progress display.</summary>
    public Action<int, int>? Rendered { get; init; }

    /// <summary>Given every problem, sorted, once all is checked and before anything is committed.</summary>
    public Func<IReadOnlyList<Diagnostic>, Task> ReportAsync { get; init; } = _ => Task.CompletedTask;
}

/// <summary>The site as read, every problem of the run and, when it had no errors, what the sink committed.</summary>
public sealed record SiteRunResult<TOutcome>(SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics, TOutcome? Outcome)
    where TOutcome : class
{
    public bool Succeeded => Outcome is not null;
}
