namespace MotCua.Domain.Sheets;

/// <summary>
/// Resolves the links editors write in a sheet (<c>other-sheet.md</c>, <c>../dat-dai/x.md</c>, or a site path such as
/// <c>/tp-cao-bang/ho-tich/</c>) to the page's absolute path on the site, or null when nothing is there.
/// </summary>
public sealed class SiteLinks
{
    /// <summary>Paths served by the functions or published by other tools, which the site build cannot check.</summary>
    private static readonly string[] UncheckedPrefixes = ["/s/", "/go/", "/api/", "/stats/", "/posters/", "/_data/"];

    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sheetKeys = new(StringComparer.Ordinal);

    public SiteLinks(SiteModel site)
    {
        _paths.Add(SitePaths.Root);
        _paths.Add(SitePaths.NotFound);
        foreach (var unit in site.Units)
        {
            _paths.Add(SitePaths.UnitHome(unit.Slug));
            _paths.Add(SitePaths.SurveyThanks(unit.Slug));
            _paths.UnionWith(unit.Fields.Select(f => SitePaths.Board(unit.Slug, f.Slug)));
            _paths.UnionWith(unit.Counters.Select(c => SitePaths.Survey(unit.Slug, c.Slug)));
            foreach (var sheet in unit.Sheets)
            {
                _paths.Add(SitePaths.Procedure(sheet));
                _sheetKeys.Add(sheet.Key);
            }
        }
    }

    public bool HasSheet(string key) => _sheetKeys.Contains(key);

    /// <summary>The site path (with any <c>#fragment</c>) a link in <paramref name="from"/> opens, or null when broken.</summary>
    public string? Resolve(Sheet from, string url)
    {
        var target = WithoutSuffix(url);
        if (target.StartsWith('/'))
        {
            return _paths.Contains(target) || UncheckedPrefixes.Any(p => target.StartsWith(p, StringComparison.Ordinal)) ? url : null;
        }

        return SheetKey(from.Unit, from.Field, target) is { } key && _sheetKeys.Contains(key) ? Target(from.Unit, from.Field, url) : null;
    }

    /// <summary>
    /// The site path a link in a sheet of <paramref name="unit"/>/<paramref name="field"/> opens provided that what it
    /// names exists, or null when it cannot name a page. <see cref="Resolve"/> adds the check that it exists; this
    /// alone lets a sheet's body be rendered while it is read, before the rest of the site is known.
    /// </summary>
    public static string? Target(string unit, string field, string url)
    {
        var target = WithoutSuffix(url);
        if (target.StartsWith('/'))
        {
            return url;
        }

        if (SheetKey(unit, field, target) is not { } key)
        {
            return null;
        }

        var parts = key.Split('/');
        return SitePaths.Procedure(parts[0], parts[1], parts[2]) + url[target.Length..];
    }

    /// <summary>
    /// What a link names, as a key (<c>unit/field/slug</c> for a sheet, the path's first segments for a site path), or
    /// null when it cannot name a page; to tell whether a file that could not be read may be its target.
    /// </summary>
    public static string? KeyOf(Sheet from, string url)
    {
        var target = WithoutSuffix(url);
        if (!target.StartsWith('/'))
        {
            return SheetKey(from.Unit, from.Field, target);
        }

        var parts = target.Trim('/').Split('/');
        return parts.Length == 3 && parts[2].EndsWith(".html", StringComparison.Ordinal) ? string.Join('/', parts)[..^".html".Length] : parts[0];
    }

    private static string WithoutSuffix(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? url : url[..cut];
    }

    private static string? SheetKey(string unit, string field, string target) =>
        target.EndsWith(SiteLoader.SheetExtension, StringComparison.Ordinal) ? ResolveRelative(unit, field, target[..^SiteLoader.SheetExtension.Length]) : null;

    /// <summary>The key a relative path from the sheet's folder points at, or null when it leaves the units folder.</summary>
    public static string? ResolveRelative(Sheet from, string relative) => ResolveRelative(from.Unit, from.Field, relative);

    private static string? ResolveRelative(string unit, string field, string relative)
    {
        var segments = new List<string> { unit, field };
        foreach (var part in relative.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(part);
                    break;
            }
        }

        if (segments.Count != 3)
        {
            return null;
        }

        // A sheet named by its national code (1.004859.md) lives at its slug (1-004859).
        segments[2] = SheetFormats.SlugOfFileName(segments[2]) ?? segments[2];
        return string.Join('/', segments);
    }
}
