using System.Text;
using System.Text.Json;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Posters;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Build;

/// <summary>
/// The files published beside the pages: the resolved code registry the handler answers scans from,
/// the printable posters, the offline service worker, and each merged office's "now part of …" page.
/// </summary>
public static class SiteExtras
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static IEnumerable<BuiltPage> Render(SiteModel site, CodeRegistry registry, string host)
    {
        var codes = CodeResolver.Resolve(registry, site);
        yield return new BuiltPage(SitePaths.BlobName(SitePaths.CodesJson), JsonContentType, JsonSerializer.SerializeToUtf8Bytes(codes, ResolvedCodesJsonContext.Default.ResolvedCodes));
        yield return new BuiltPage(SitePaths.BlobName(ServiceWorkerScript.SitePath), ServiceWorkerScript.ContentType, Encoding.UTF8.GetBytes(ServiceWorkerScript.Script));
        foreach (var notice in MergerNotices(site))
        {
            yield return notice;
        }

        foreach (var unit in PosterPlanner.Plan(registry, site, host))
        {
            var folder = SitePaths.BlobName(SitePaths.Posters(unit.Unit.Slug))[..^"index.html".Length];
            yield return new BuiltPage(folder + "index.html", PagePlan.HtmlContentType, Encoding.UTF8.GetBytes(PosterRenderer.RenderUnit(unit)));
            foreach (var poster in unit.Posters)
            {
                yield return new BuiltPage(folder + poster.FileName, PagePlan.HtmlContentType, Encoding.UTF8.GetBytes(PosterRenderer.RenderPage(unit, poster)));
            }
        }
    }

    /// <summary>The notice page of every merged office (what its codes open when the successor has nothing closer).</summary>
    public static IEnumerable<BuiltPage> MergerNotices(SiteModel site) =>
        from unit in site.Units
        where unit.Merger is not null
        let successors = unit.Merger!.Into.Select(site.FindUnit).OfType<Unit>().ToList()
        select new BuiltPage(SitePaths.BlobName(SitePaths.MergerNotice(unit.Slug)), PagePlan.HtmlContentType, Encoding.UTF8.GetBytes(MergerNoticeRenderer.Render(unit, successors)));

    /// <summary>
    /// "Nộp hồ sơ trực tuyến" goes through <c>/go/{CODE}</c> when the sheet has a live code, so the click on
    /// the portal link is counted; otherwise straight to its online_url.
    /// </summary>
    public static Func<Sheet, string?> PortalLinks(CodeRegistry registry)
    {
        // From the registry alone (a sheet's key or one of its aliases), so an incremental build needs no resolution.
        var byTarget = registry.Entries
            .GroupBy(e => e.Target, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Code.ToUpperInvariant()).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        return sheet =>
        {
            if (sheet.OnlineUrl is null)
            {
                return null;
            }

            var code = sheet.Aliases.Prepend(sheet.Key).Select(k => byTarget.GetValueOrDefault(k)).FirstOrDefault(c => c is not null);
            return code is null ? sheet.OnlineUrl : SitePaths.PortalClick(code);
        };
    }
}
