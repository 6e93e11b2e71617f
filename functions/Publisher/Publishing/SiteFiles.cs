using System.Text;
using System.Text.Json;
using MotCua.Data.Privacy;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Posters;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// Every file of the site: the pages (planned, so a sink renders only those it needs) and the files beside them: the
/// resolved code registry the handler answers scans from, the offline service worker, each merged office's "now part
/// of …" page and, for a public host, the printable posters.
/// </summary>
public sealed class SiteFiles(SiteModel site, CodeRegistry registry, Func<Sheet, Sheet>? withBody = null)
{
    /// <summary>The portal link's code for each sheet key or alias that has one, from the registry alone.</summary>
    private readonly Dictionary<string, string> _portalCodes = PortalCodes(registry);

    /// <summary>Every page but those of the <paramref name="skipped"/> units, with the input hash that lets an incremental build skip it.</summary>
    public IReadOnlyList<PagePlan> Pages(IReadOnlySet<string>? skipped = null) => [.. new SiteRenderer(site, StoredTables.All, PortalLink, withBody).Plan(skipped)];

    /// <summary>What the pages are planned from (see <see cref="PlanInputs"/>), to compare with the last build's.</summary>
    public SiteInputs Inputs() => new(
        PlanInputs.AcrossUnits(site, StoredTables.All, string.Join('\n', _portalCodes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + " " + c.Value))),
        site.Units.AsParallel().WithDegreeOfParallelism(2).ToDictionary(u => u.Slug, PlanInputs.OfUnit, StringComparer.Ordinal));

    /// <summary>
    /// The files beside the pages; the registry must have passed <see cref="CodeRegistryValidator"/> against the site.
    /// The posters need the public <paramref name="host"/> their QR codes point at; without one (a local build) they are left out.
    /// </summary>
    public IEnumerable<BuiltPage> Extras(string? host)
    {
        var codes = CodeResolver.Resolve(registry, site);
        yield return new BuiltPage(SitePaths.BlobName(SitePaths.CodesJson), PagePlan.JsonContentType, JsonSerializer.SerializeToUtf8Bytes(codes, ResolvedCodesJsonContext.Default.ResolvedCodes));
        yield return new BuiltPage(SitePaths.BlobName(ServiceWorkerScript.SitePath), ServiceWorkerScript.ContentType, Encoding.UTF8.GetBytes(ServiceWorkerScript.Script));
        foreach (var notice in MergerNotices())
        {
            yield return notice;
        }

        foreach (var unit in host is null ? [] : PosterPlanner.Plan(registry, site, host))
        {
            foreach (var poster in Posters(unit))
            {
                yield return poster;
            }
        }
    }

    /// <summary>Every file rendered at once, pages first: the site as publishing with <paramref name="host"/> writes it.</summary>
    public IEnumerable<BuiltPage> RenderAll(string host) => Pages().Select(p => p.Build()).Concat(Extras(host));

    /// <summary>A unit's poster folder (<c>posters/&lt;unit&gt;/</c>) as a blob-name prefix.</summary>
    public static string PosterFolder(UnitPosters unit) => SitePaths.BlobName(SitePaths.Posters(unit.Unit.Slug))[..^"index.html".Length];

    /// <summary>A unit's posters: <c>index.html</c> with all of them, then one file per board or counter code.</summary>
    public static IEnumerable<BuiltPage> Posters(UnitPosters unit)
    {
        var folder = PosterFolder(unit);
        yield return new BuiltPage(folder + "index.html", PagePlan.HtmlContentType, Encoding.UTF8.GetBytes(PosterRenderer.RenderUnit(unit)));
        foreach (var poster in unit.Posters)
        {
            yield return new BuiltPage(folder + poster.FileName, PagePlan.HtmlContentType, Encoding.UTF8.GetBytes(PosterRenderer.RenderPage(unit, poster)));
        }
    }

    /// <summary>The notice page of every merged office (what its codes open when the successor has nothing closer).</summary>
    private IEnumerable<BuiltPage> MergerNotices() =>
        from unit in site.Units
        where unit.Merger is not null
        let successors = unit.Merger!.Into.Select(site.FindUnit).OfType<Unit>().ToList()
        select new BuiltPage(SitePaths.BlobName(SitePaths.MergerNotice(unit.Slug)), PagePlan.HtmlContentType, Encoding.UTF8.GetBytes(MergerNoticeRenderer.Render(unit, successors)));

    /// <summary>
    /// "Nộp hồ sơ trực tuyến" goes through <c>/go/{CODE}</c> when the sheet has a live code, so the click on
    /// the portal link is counted; otherwise straight to its online_url.
    /// </summary>
    private string? PortalLink(Sheet sheet)
    {
        if (sheet.OnlineUrl is null)
        {
            return null;
        }

        var code = sheet.Aliases.Prepend(sheet.Key).Select(k => _portalCodes.GetValueOrDefault(k)).FirstOrDefault(c => c is not null);
        return code is null ? sheet.OnlineUrl : SitePaths.PortalClick(code);
    }

    /// <summary>From the registry alone (a sheet's key or one of its aliases), so an incremental build needs no resolution.</summary>
    private static Dictionary<string, string> PortalCodes(CodeRegistry registry) =>
        registry.Entries
            .GroupBy(e => e.Target, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Code.ToUpperInvariant()).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
}

/// <summary>The fingerprints a build's pages were planned from: across units, and each unit's own by slug.</summary>
public sealed record SiteInputs(string AcrossUnits, IReadOnlyDictionary<string, string> Units);
