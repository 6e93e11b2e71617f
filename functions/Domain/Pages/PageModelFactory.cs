using MotCua.Domain.Sheets;
using MotCua.Domain.Text;

namespace MotCua.Domain.Pages;

/// <summary>
/// Turns the loaded site into page models: sorting in Vietnamese order, grouping the A–Z index, resolving
/// replacements and the portal link. The portal link is a seam: by default the sheet's own <c>online_url</c>;
/// the code registry supplies <c>/go/{CODE}</c> so portal clicks are counted.
/// </summary>
public sealed class PageModelFactory(SiteModel site, Func<Sheet, string?>? portalLink = null)
{
    private readonly Dictionary<string, Sheet> _byKey = site.Units.SelectMany(u => u.Sheets).ToDictionary(s => s.Key, StringComparer.Ordinal);
    private readonly MarkdownBodyRenderer _markdown = new(new SiteLinks(site));

    public SiteModel Site => site;

    public static IReadOnlyList<Sheet> InVietnameseOrder(IEnumerable<Sheet> sheets) =>
        [.. sheets.OrderBy(s => VietnameseCollation.SortKey(s.Title), StringComparer.Ordinal).ThenBy(s => s.Slug, StringComparer.Ordinal)];

    public Sheet? Replacement(Sheet sheet) => sheet.ReplacedBy is { } key ? _byKey.GetValueOrDefault(key) : null;

    /// <summary>Where the "Nộp hồ sơ trực tuyến" button goes, or null when the sheet has no online service.</summary>
    public string? PortalHref(Sheet sheet) =>
        sheet.OnlineUrl is null || sheet.Retired ? null : (portalLink?.Invoke(sheet) ?? sheet.OnlineUrl);

    public ProcedurePage Procedure(Unit unit, Sheet sheet) =>
        new(unit, unit.FindField(sheet.Field)!, sheet, _markdown.Render(sheet), PortalHref(sheet), Replacement(sheet));

    public static BoardPage Board(Unit unit, Field field)
    {
        var sheets = InVietnameseOrder(unit.SheetsOf(field));
        return new BoardPage(unit, field, [.. sheets.Where(s => !s.Retired)], [.. sheets.Where(s => s.Retired)]);
    }

    public static UnitHomePage UnitHome(Unit unit)
    {
        var boards = unit.Fields.Select(f => (f, unit.SheetsOf(f).Count(s => !s.Retired))).ToList();
        var fieldNames = unit.Fields.ToDictionary(f => f.Slug, f => f.Name, StringComparer.Ordinal);
        var groups = InVietnameseOrder(unit.Sheets.Where(s => !s.Retired))
            .Select(s => new IndexEntry(s.Title, SitePaths.Procedure(s), fieldNames[s.Field], TextFolding.Fold(s.Title)))
            .GroupBy(e => VietnameseCollation.InitialLetter(e.Title))
            .Select(g => new IndexGroup(g.Key, "chu-" + Anchor(g.Key), [.. g]))
            .ToList();
        return UnitIndex.OnHome(groups.Sum(g => g.Entries.Count))
            ? new UnitHomePage(unit, boards, groups)
            : new UnitHomePage(unit, boards, []) { Letters = UnitIndex.Paged(unit, groups) };
    }

    public static SurveyPage Survey(Unit unit, Counter counter)
    {
        var fields = counter.Fields.Count == 0 ? unit.Fields : [.. unit.Fields.Where(f => counter.Fields.Contains(f.Slug))];
        return new SurveyPage(unit, counter, [.. fields.Select(f => (f, InVietnameseOrder(unit.SheetsOf(f).Where(s => !s.Retired))))]);
    }

    /// <summary>An ASCII anchor per letter: ă, â, đ... would otherwise collide with a and d once folded.</summary>
    private static string Anchor(string letter) => letter switch
    {
        "Ă" => "aw",
        "Â" => "aa",
        "Đ" => "dd",
        "Ê" => "ee",
        "Ô" => "oo",
        "Ơ" => "ow",
        "Ư" => "uw",
        "#" => "so",
        _ => letter.ToLowerInvariant(),
    };
}
