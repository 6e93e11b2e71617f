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
                    yield return new Diagnostic(sheet.DisplayPath, 1, 1, Severity.Error, DuplicateSlug(sheet.Slug, slugs[sheet.Slug].DisplayPath));
                }

                if (sheet.NationalCode is { } code && !sheet.Retired && !codes.TryAdd(code, sheet))
                {
                    yield return new Diagnostic(sheet.DisplayPath, sheet.PositionOf(SheetKeys.Code), Severity.Error,
                        $"trùng mã thủ tục quốc gia {code}: tệp {codes[code].DisplayPath} đã dùng mã này; kiểm tra lại mã hoặc gộp hai tệp");
                }

                foreach (var problem in CheckSheet(site, sheet, byKey, aliasOwners, links, today))
                {
                    yield return problem;
                }
            }
        }
    }

    /// <summary>Two sheets of a unit at one page address (the same file name in two fields, or 1.004859.md beside 1-004859.md).</summary>
    internal static string DuplicateSlug(string slug, string otherPath) =>
        $"trùng địa chỉ trang '{slug}' với {otherPath}: hãy đổi tên một trong hai tệp, hoặc xóa tệp thừa";

    private static IEnumerable<Diagnostic> CheckSheet(SiteModel site, Sheet sheet, Dictionary<string, Sheet> byKey, Dictionary<string, Sheet> aliasOwners, SiteLinks links, DateOnly today)
    {
        var path = sheet.DisplayPath;
        if (sheet.ReplacedBy is { } replacement)
        {
            if (!byKey.TryGetValue(replacement, out var target))
            {
                // Unless the replacement may be the sheet whose own error is already reported.
                if (!site.MightHaveSheet(replacement))
                {
                    yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.ReplacedBy), Severity.Error,
                        $"replaced_by '{replacement}' không chỉ tới tệp thủ tục nào: ghi lĩnh-vực/tên-tệp của một tệp đang có");
                }
            }
            else if (target.Retired)
            {
                yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.ReplacedBy), Severity.Warning,
                    $"replaced_by '{replacement}' cũng là thủ tục đã bãi bỏ: hãy chỉ tới thủ tục đang áp dụng");
            }
        }

        foreach (var alias in sheet.Aliases)
        {
            if (byKey.ContainsKey(alias))
            {
                yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.Aliases), Severity.Error,
                    $"địa chỉ cũ '{alias}' đang là địa chỉ của một tệp thủ tục khác: 'aliases' chỉ ghi những địa chỉ cũ của tệp này mà nay không còn tệp nào ở đó");
            }
            else if (!aliasOwners.TryAdd(alias, sheet))
            {
                yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.Aliases), Severity.Error,
                    $"địa chỉ cũ '{alias}' cũng được ghi ở {aliasOwners[alias].DisplayPath}: chỉ giữ lại ở một tệp");
            }
        }

        foreach (var link in sheet.Links)
        {
            if (links.Resolve(sheet, link.Url) is null && !(SiteLinks.KeyOf(sheet, link.Url) is { } key && site.MightHaveSheet(key)))
            {
                yield return new Diagnostic(path, link.Line, link.Column, Severity.Error, BrokenLinkMessage(sheet, link.Url));
            }
        }

        if (sheet.Updated is { } future && future > today)
        {
            yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.Updated), Severity.Error,
                $"ngày cập nhật {future:dd/MM/yyyy} chưa tới (hôm nay là {today:dd/MM/yyyy}): ghi ngày tệp được sửa, thường là hôm nay; ngày viết theo ngày/tháng/năm");
        }
        else if (!sheet.Retired && sheet.Updated is { } updated && updated.AddDays(StaleAfterDays) < today)
        {
            yield return new Diagnostic(path, sheet.PositionOf(SheetKeys.Updated), Severity.Warning,
                $"cập nhật lần cuối ngày {updated:dd/MM/yyyy}, đã hơn một năm: đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục hành chính (quy định có thể đã đổi), rồi sửa ngày 'updated'");
        }
    }

    private static string BrokenLinkMessage(Sheet sheet, string url)
    {
        if (url.StartsWith('/'))
        {
            return $"liên kết hỏng '{url}': không có trang nào của trang web này ở địa chỉ đó";
        }

        if (!url.Split('#', '?')[0].EndsWith(SiteLoader.SheetExtension, StringComparison.Ordinal))
        {
            return $"liên kết '{url}' không trỏ tới tệp thủ tục nào: liên kết tới thủ tục khác bằng tên tệp (ten-tep.md, ../linh-vuc/ten-tep.md) hoặc tới một trang bằng địa chỉ (/don-vi/linh-vuc/)";
        }

        var key = SiteLinks.ResolveRelative(sheet, url.Split('#', '?')[0][..^SiteLoader.SheetExtension.Length]);
        return key is null
            ? $"liên kết hỏng '{url}': đường dẫn đi ra ngoài thư mục units"
            : $"liên kết hỏng '{url}': không có tệp units/{key}{SiteLoader.SheetExtension}" + Hint(key);
    }

    private static string Hint(string key)
    {
        var slug = key[(key.LastIndexOf('/') + 1)..];
        var folded = TextFolding.Slug(slug);
        return folded != slug ? $" (tên tệp viết không dấu, ví dụ {folded}.md)" : "";
    }
}
