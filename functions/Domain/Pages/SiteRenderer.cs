using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Privacy;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Pages;

/// <summary>
/// Plans every page of the site per <see cref="SitePaths"/>: root, 404, the privacy notice, each unit's home, boards, procedure (or
/// retired) pages, surveys and thanks. Each plan's input hash covers exactly what the page shows, so editing one
/// sheet's body re-renders that page alone, and editing its title also its board, unit home and surveys.
/// </summary>
public sealed class SiteRenderer
{
    /// <summary>Any change to this library's code changes every hash, so a new renderer re-renders everything.</summary>
    private static readonly string RendererVersion = typeof(SiteRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Identifies this renderer's code; a build cache from another version is discarded.</summary>
    public static string Version => RendererVersion;

    private readonly SiteModel _site;
    private readonly PageModelFactory _models;
    private readonly Func<Sheet, Sheet> _withBody;
    private readonly SiteLinks _links;
    private readonly IReadOnlyList<StoredTable> _storedTables;

    /// <summary>Plans pages for <paramref name="site"/>.</summary>
    /// <param name="storedTables">The tables the privacy notice describes, column by column.</param>
    /// <param name="portalLink">Where "Nộp hồ sơ trực tuyến" points for a sheet (e.g. <c>/go/{CODE}</c>); null means its online_url.</param>
    /// <param name="withBody">Loads the body of a sheet that came from the build cache without one.</param>
    public SiteRenderer(SiteModel site, IReadOnlyList<StoredTable> storedTables, Func<Sheet, string?>? portalLink = null, Func<Sheet, Sheet>? withBody = null)
    {
        _site = site;
        _storedTables = storedTables;
        _models = new PageModelFactory(site, portalLink);
        _withBody = withBody ?? (s => s);
        _links = new SiteLinks(site);
    }

    /// <summary>
    /// In a set of skipped units, stands for the pages of no unit (root, 404, privacy, survey catalog), which read
    /// only what <see cref="PlanInputs.AcrossUnits"/> covers. No unit's slug is empty.
    /// </summary>
    public const string SitePages = "";

    /// <summary>Plans every page but those of the units in <paramref name="skipped"/> (see <see cref="PlanInputs"/>).</summary>
    public IEnumerable<PagePlan> Plan(IReadOnlySet<string>? skipped = null)
    {
        if (skipped?.Contains(SitePages) != true)
        {
            yield return new PagePlan(SitePaths.BlobName(SitePaths.Root), PageKind.Root,
                Hash(string.Join('\n', _site.Units.Select(u => $"{u.Slug}|{u.Name}|{u.Address}"))), () => RootPageRenderer.Render(_site));
            yield return new PagePlan(SitePaths.BlobName(SitePaths.NotFound), PageKind.NotFound, Hash("404"), NotFoundPageRenderer.Render);
            // The notice's other inputs (masks, retention) are constants of this library: RendererVersion covers them.
            yield return new PagePlan(SitePaths.BlobName(SitePaths.Privacy), PageKind.Privacy,
                Hash("privacy", string.Join('\n', _site.Units.Select(u => $"{u.Slug}|{u.Name}|{u.Address}|{u.Phone}|{MergerKey(u)}")), string.Join('\n', _storedTables.Select(t => t.Text))),
                () => PrivacyPageRenderer.Render(_site, _storedTables));
            yield return SurveyCatalogPlan.For(_site);
        }

        // Units are planned on both cores, in order: planning 40,000 sheets (hashing what each page shows) is most of
        // an incremental build's work. Select, not SelectMany: PLINQ's ordered SelectMany recurses over generic key
        // types, which the native compiler cannot expand.
        IReadOnlyList<Unit> units = skipped is null ? _site.Units : [.. _site.Units.Where(u => !skipped.Contains(u.Slug))];
        foreach (var unitPlans in units.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(unit => PlanUnit(unit).ToList()))
        {
            foreach (var plan in unitPlans)
            {
                yield return plan;
            }
        }
    }

    /// <summary>Renders every page (validate, publish and a first build use this).</summary>
    public IEnumerable<BuiltPage> BuildAll() => Plan().Select(p => p.Build());

    private IEnumerable<PagePlan> PlanUnit(Unit unit)
    {
        var header = UnitHeader(unit);
        var summaries = unit.Sheets.ToDictionary(s => s.Key, Summary, StringComparer.Ordinal);
        yield return new PagePlan(SitePaths.BlobName(SitePaths.UnitHome(unit.Slug)), PageKind.UnitHome,
            Hash(header, string.Join('\n', summaries.Values)), () => UnitHomeRenderer.Render(PageModelFactory.UnitHome(unit))) { Unit = unit };
        yield return new PagePlan(SitePaths.BlobName(SitePaths.SurveyThanks(unit.Slug)), PageKind.SurveyThanks, Hash(header), () => SurveyPageRenderer.RenderThanks(unit)) { Unit = unit };
        foreach (var plan in PlanLetterPages(unit, header))
        {
            yield return plan;
        }

        foreach (var field in unit.Fields)
        {
            var fieldSummaries = string.Join('\n', unit.SheetsOf(field).Select(s => summaries[s.Key]));
            yield return new PagePlan(SitePaths.BlobName(SitePaths.Board(unit.Slug, field.Slug)), PageKind.Board, Hash(header, field.Slug, fieldSummaries),
                () => BoardPageRenderer.Render(PageModelFactory.Board(unit, field))) { Unit = unit, Field = field };
        }

        foreach (var counter in unit.Counters)
        {
            var served = string.Join('\n', unit.Sheets.Where(s => counter.Fields.Count == 0 || counter.Fields.Contains(s.Field)).Select(s => summaries[s.Key]));
            yield return new PagePlan(SitePaths.BlobName(SitePaths.Survey(unit.Slug, counter.Slug)), PageKind.Survey,
                Hash(header, counter.Slug, counter.Name, string.Join(',', counter.Fields), served),
                () => SurveyPageRenderer.Render(PageModelFactory.Survey(unit, counter))) { Unit = unit };
        }

        foreach (var sheet in unit.Sheets)
        {
            yield return PlanProcedure(unit, sheet, header);
        }
    }

    private PagePlan PlanProcedure(Unit unit, Sheet sheet, string header)
    {
        var replacement = _models.Replacement(sheet);
        var links = string.Join(',', sheet.Links.Select(l => _links.Resolve(sheet, l.Url) ?? "-"));
        var hash = Hash(header, sheet.ContentHash, _models.PortalHref(sheet) ?? "", replacement is null ? "" : replacement.Key + "|" + replacement.Title, links);
        return new PagePlan(SitePaths.BlobName(SitePaths.Procedure(sheet)), PageKind.Procedure, hash, () =>
        {
            var page = _models.Procedure(unit, _withBody(sheet));
            return sheet.Retired ? RetiredPageRenderer.Render(page) : ProcedurePageRenderer.Render(page);
        })
        { Unit = unit, Field = unit.FindField(sheet.Field), Sheet = sheet };
    }

    /// <summary>A large unit's A–Z pages (none for a unit whose home lists every procedure); each shows the A–Z bar.</summary>
    private static IEnumerable<PagePlan> PlanLetterPages(Unit unit, string header)
    {
        if (UnitIndex.OnHome(unit.Sheets.Count(s => !s.Retired)))
        {
            return [];
        }

        var pages = UnitIndex.LetterPages(PageModelFactory.UnitHome(unit));
        var letters = string.Join(',', pages.Select(p => p.Index[0].Anchor));
        return pages.Select(page => new PagePlan(SitePaths.BlobName(page.Index[0].Href), PageKind.UnitIndex,
            Hash(header, letters, page.Index[0].Anchor, string.Join('\n', page.Index[0].Entries.Select(e => e.Path + "|" + e.Title))),
            () => UnitHomeRenderer.Render(page)) { Unit = unit });
    }

    private static string UnitHeader(Unit unit) =>
        string.Join('|', unit.Slug, unit.Name, unit.Address, unit.OpeningHours, unit.Phone, string.Join(',', unit.Fields.Select(f => f.Slug + ":" + f.Name)),
            MergerKey(unit));

    /// <summary>What pages show of a merger: the notice on the old office's pages, its line in the privacy notice.</summary>
    private static string MergerKey(Unit unit) =>
        unit.Merger is { } merger ? string.Join(',', merger.Into) + "@" + merger.From.ToString("O", CultureInfo.InvariantCulture) : "";

    /// <summary>What lists of procedures show about a sheet: a change here re-renders the pages that list it.</summary>
    private static string Summary(Sheet s) =>
        string.Join('|', s.Key, s.Title, s.NationalCode, s.Retired ? "r" : "a", s.OnlineUrl is null ? "" : "o", s.Level);

    private static string Hash(params string[] parts)
    {
        var bytes = Encoding.UTF8.GetBytes(RendererVersion + "\u0000" + string.Join("\u0000", parts));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }
}
