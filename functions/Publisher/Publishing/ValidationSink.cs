using MotCua.Data.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>What a validation run commits: nothing, only that the site passed.</summary>
public sealed record SiteChecked;

/// <summary>
/// The sink of `validate`: it writes nothing, so validating is the very run that builds and publishes, with the
/// same checks and messages. It renders the pages that have a size budget (procedures and boards) to measure them.
/// </summary>
/// <param name="publishedCodesFile">The last published <c>/_data/codes.json</c> (--published), whose codes must all stay in the registry.</param>
public sealed class ValidationSink(string? publishedCodesFile = null) : ISiteSink<SiteChecked>
{
    public BuildCache? Cache => null;

    public async Task<IReadOnlyCollection<string>?> PublishedCodesAsync(CancellationToken cancellationToken) =>
        publishedCodesFile is null ? null : CodesFile.CodesOf(CodesFile.Parse(await File.ReadAllBytesAsync(publishedCodesFile, cancellationToken)));

    public IReadOnlySet<string> Unchanged(SiteFiles files) => new HashSet<string>();

    public IReadOnlyList<PagePlan> Select(IReadOnlyList<PagePlan> pages) => [.. pages.Where(PageBudget.HasBudget)];

    public Diagnostic? Put(BuiltPage file, PagePlan? plan) => plan is null ? null : PageSizeCheck.OverBudget(plan, file);

    public Task<SiteChecked> CommitAsync(CancellationToken cancellationToken) => Task.FromResult(new SiteChecked());
}
