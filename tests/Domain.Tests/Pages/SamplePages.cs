using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Pages;

/// <summary>The sample site under site/, loaded once, and helpers to parse rendered HTML.</summary>
public static class SamplePages
{
    private static readonly Lazy<SiteModel> LazySite = new(() => SiteLoader.Load(RepositoryPaths.Site).Site);

    public static SiteModel Site => LazySite.Value;

    public static Unit CaoBang => Site.FindUnit("tp-cao-bang")!;

    public static Sheet Sheet(string key) => Site.Units.SelectMany(u => u.Sheets).Single(s => s.Key == key);

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static ProcedurePage Procedure(string key, Func<Sheet, string?>? portalLink = null)
    {
        var sheet = Sheet(key);
        return new PageModelFactory(Site, portalLink).Procedure(Site.FindUnit(sheet.Unit)!, sheet);
    }
}
