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
        var cut = url.IndexOfAny(['#', '?']);
        var target = cut < 0 ? url : url[..cut];
        var suffix = cut < 0 ? "" : url[cut..];
        if (target.StartsWith('/'))
        {
            return _paths.Contains(target) || UncheckedPrefixes.Any(p => target.StartsWith(p, StringComparison.Ordinal)) ? url : null;
        }

        if (!target.EndsWith(SiteLoader.SheetExtension, StringComparison.Ordinal))
        {
            return null;
        }

        var key = ResolveRelative(from, target[..^SiteLoader.SheetExtension.Length]);
        if (key is null || !_sheetKeys.Contains(key))
        {
            return null;
        }

        var parts = key.Split('/');
        return SitePaths.Procedure(parts[0], parts[1], parts[2]) + suffix;
    }

    /// <summary>The key a relative path from the sheet's folder points at, or null when it leaves the units folder.</summary>
    public static string? ResolveRelative(Sheet from, string relative)
    {
        var segments = new List<string> { from.Unit, from.Field };
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
