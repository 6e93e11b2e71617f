using MotCua.Domain.Text;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Checks a whole site and returns every problem at once: the loader's per-file problems, then what only shows
/// across sheets (duplicates, replacements, links, aliases, stale sheets) and the pages' size budget.
/// </summary>
public static class SiteValidator
{
    /// <summary>A sheet not updated for longer than this gets a warning: the law behind it may have changed.</summary>
    public const int StaleAfterDays = 365;

    /// <summary>Loads and checks <paramref name="siteDir"/>; <paramref name="today"/> is the Vietnam-local date.</summary>
    public static (SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics) Validate(string siteDir, DateOnly today, IPageBudget? budget = null)
    {
        var (site, loaded) = SiteLoader.Load(siteDir);
        var diagnostics = new List<Diagnostic>(loaded);
        diagnostics.AddRange(CheckAcrossSheets(site, today));
        if (budget is not null && !diagnostics.Exists(d => d.IsError))
        {
            diagnostics.AddRange(budget.Check(site));
        }

        return (site, Sorted(diagnostics));
    }

    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Distinct().OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];

    /// <summary>The checks that need more than one file; also run by the incremental build.</summary>
    public static IEnumerable<Diagnostic> CheckAcrossSheets(SiteModel site, DateOnly today)
    {
        var links = new SiteLinks(site);
        var byKey = site.Units.SelectMany(u => u.Sheets).ToDictionary(s => s.Key, StringComparer.Ordinal);
        var aliasOwners = new Dictionary<string, Sheet>(StringComparer.Ordinal);
        foreach (var unit in site.Units)
        {
            var slugs = new Dictionary<string, Sheet>(StringComparer.Ordinal);
            var codes = new Dictionary<string, Sheet>(StringComparer.Ordinal);
            foreach (var sheet in unit.Sheets)
            {
                if (!slugs.TryAdd(sheet.Slug, sheet))
                {
                    yield return new Diagnostic(sheet.DisplayPath, 1, 1, Severity.Error,
                        $"duplicate slug '{sheet.Slug}': {slugs[sheet.Slug].DisplayPath} has the same file name; give one of them another name");
                }

                if (sheet.NationalCode is { } code && !sheet.Retired && !codes.TryAdd(code, sheet))
                {
                    yield return new Diagnostic(sheet.DisplayPath, sheet.PositionOf(SheetKeys.Code), Severity.Error,
                        $"duplicate national code {code}: {codes[code].DisplayPath} already has it");
                }

                foreach (var problem in CheckSheet(sheet, byKey, aliasOwners, links, today))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckSheet(Sheet sheet, Dictionary<string, Sheet> byKey, Dictionary<string, Sheet> aliasOwners, SiteLinks links, DateOnly today)
    {
        var path = sheet.DisplayPath;
        if (sheet.ReplacedBy is { } replacement)
        {
            if (!byKey.TryGetValue(replacement, out var target))
            {
                yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.ReplacedBy), Severity.Error,
                    $"replaced_by '{replacement}' does not name a sheet (write field/slug of an existing sheet)");
            }
            else if (target.Retired)
            {
                yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.ReplacedBy), Severity.Warning,
                    $"replaced_by '{replacement}' is itself retired; point to the procedure that applies now");
            }
        }

        foreach (var alias in sheet.Aliases)
        {
            if (byKey.ContainsKey(alias))
            {
                yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.Aliases), Severity.Error,
                    $"alias '{alias}' is the key of an existing sheet; an alias is an old place of this sheet that no longer exists");
            }
            else if (!aliasOwners.TryAdd(alias, sheet))
            {
                yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.Aliases), Severity.Error,
                    $"alias '{alias}' is also claimed by {aliasOwners[alias].DisplayPath}");
            }
        }

        foreach (var link in sheet.Links)
        {
            if (links.Resolve(sheet, link.Url) is null)
            {
                yield return new Diagnostic(path, link.Line, link.Column, Severity.Error, BrokenLinkMessage(sheet, link.Url));
            }
        }

        if (!sheet.Retired && sheet.Updated is { } updated && updated.AddDays(StaleAfterDays) < today)
        {
            yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.Updated), Severity.Warning,
                $"last updated {updated:yyyy-MM-dd}, more than a year ago: check it against the national procedure database (the law may have changed), then update the date");
        }
    }

    private static string BrokenLinkMessage(Sheet sheet, string url)
    {
        if (url.StartsWith('/'))
        {
            return $"broken link '{url}': no page of this site has that path";
        }

        if (!url.Split('#', '?')[0].EndsWith(SiteLoader.SheetExtension, StringComparison.Ordinal))
        {
            return $"link '{url}' is not a sheet: link another sheet by its file (other-sheet.md, ../field/sheet.md) or a page by its path (/unit/field/)";
        }

        var key = SiteLinks.ResolveRelative(sheet, url.Split('#', '?')[0][..^SiteLoader.SheetExtension.Length]);
        return key is null
            ? $"broken link '{url}': it leaves the units folder"
            : $"broken link '{url}': there is no sheet units/{key}{SiteLoader.SheetExtension}" + Hint(key);
    }

    private static string Hint(string key)
    {
        var slug = key[(key.LastIndexOf('/') + 1)..];
        var folded = TextFolding.Slug(slug);
        return folded != slug ? $" (file names are folded, e.g. {folded}.md)" : "";
    }
}
