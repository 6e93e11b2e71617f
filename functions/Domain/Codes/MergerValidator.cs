using MotCua.Domain.Sheets;

namespace MotCua.Domain.Codes;

/// <summary>
/// Checks the mapping of merged offices: every successor exists and is current, every <c>moved_to</c> line names
/// a field or counter of its unit and a page or unit that exists, every printed code of a merged office answers,
/// and (warnings) which old procedures have no counterpart with the same national code in their successor.
/// Messages are in Vietnamese, at <c>path:line:col</c>.
/// </summary>
public static class MergerValidator
{
    public static IEnumerable<Diagnostic> Validate(CodeRegistry registry, SiteModel site)
    {
        var diagnostics = new List<Diagnostic>();
        var wrongMergers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in site.Units)
        {
            var before = diagnostics.Count;
            if (unit.Merger is { } merger)
            {
                CheckUnit(site, unit, merger, diagnostics);
            }

            if (diagnostics.Skip(before).Any(d => d.IsError))
            {
                wrongMergers.Add(unit.Slug);
            }

            foreach (var sheet in unit.Sheets.Where(s => s.MovedTo is not null))
            {
                CheckSheet(site, unit, sheet, diagnostics);
            }
        }

        foreach (var entry in registry.Entries)
        {
            var target = CodeTarget.Find(site, entry.Target, entry.Kind, out _);
            // A unit whose merger lines are wrong has its error at unit.yaml: its codes are not each told again.
            if (target?.Unit.Merger is { } merger && !wrongMergers.Contains(target.Unit.Slug)
                && MergerResolver.Resolve(site, target, out var problem) is null && !merger.Into.Any(site.MightHaveMoreSheets))
            {
                diagnostics.Add(new Diagnostic(registry.SourcePath, entry.Line, entry.Column, Severity.Error,
                    $"mã QR '{entry.Code}' của đơn vị đã sáp nhập không mở được trang nào: {problem}"));
            }
        }

        return diagnostics;
    }

    private static void CheckUnit(SiteModel site, Unit unit, UnitMerger merger, List<Diagnostic> diagnostics)
    {
        foreach (var slug in merger.Into)
        {
            if (string.Equals(slug, unit.Slug, StringComparison.Ordinal))
            {
                diagnostics.Add(Error(unit, UnitKeys.MergedInto, $"đơn vị '{slug}' không thể sáp nhập vào chính nó"));
            }
            else if (MergerResolver.Successor(site, slug, out var problem) is null && !site.MightHave(slug))
            {
                diagnostics.Add(Error(unit, UnitKeys.MergedInto, problem!));
            }
        }

        foreach (var (from, to) in merger.MovedTo)
        {
            if (unit.FindField(from) is null && unit.FindCounter(from) is null)
            {
                diagnostics.Add(Error(unit, UnitKeys.MovedTo, $"moved_to: '{from}' không phải lĩnh vực hay quầy của đơn vị '{unit.Slug}'"));
            }
            else if (Problem(site, to) is { } problem)
            {
                diagnostics.Add(Error(unit, UnitKeys.MovedTo, $"moved_to: {from}: {problem}"));
            }
        }

        // A successor with a file that could not be read may hold the counterpart: no warning until it is readable.
        foreach (var sheet in unit.Sheets.Where(s => !s.Retired && s.MovedTo is null && !merger.MovedTo.ContainsKey(s.Field) && !merger.Into.Any(site.MightHaveMoreSheets)))
        {
            var target = new CodeTarget(CodeKind.Procedure, unit, sheet, null, null);
            if (MergerResolver.Resolve(site, target, out _) is { Match: not MergerMatch.SameCode } answer)
            {
                var code = sheet.NationalCode is null ? "không có mã thủ tục quốc gia" : $"mã {sheet.NationalCode}";
                diagnostics.Add(new Diagnostic(sheet.DisplayPath, sheet.PositionOf(sheet.NationalCode is null ? SheetKeys.Title : SheetKeys.Code), Severity.Warning,
                    $"thủ tục '{sheet.Title}' ({code}) không có thủ tục tương ứng ở đơn vị '{answer.Successor.Slug}': mã in sẵn sẽ mở {answer.Path}; thêm 'moved_to' nếu cần trỏ nơi khác"));
            }
        }
    }

    private static void CheckSheet(SiteModel site, Unit unit, Sheet sheet, List<Diagnostic> diagnostics)
    {
        var problem = unit.Merger is null
            ? $"'moved_to' chỉ dùng trong đơn vị đã sáp nhập (có 'merged_into' trong unit.yaml của '{unit.Slug}')"
            : Problem(site, sheet.MovedTo!);
        if (problem is not null)
        {
            diagnostics.Add(new Diagnostic(sheet.DisplayPath, sheet.PositionOf(SheetKeys.MovedTo), Severity.Error, problem));
        }
    }

    /// <summary>Why <paramref name="destination"/> (<c>unit</c> or a page key) cannot take codes, or null.</summary>
    private static string? Problem(SiteModel site, string destination)
    {
        if (site.MightHave(destination))
        {
            return null;
        }

        if (MergerResolver.Successor(site, destination, out var problem) is null)
        {
            return problem;
        }

        return destination.Contains('/', StringComparison.Ordinal) && CodeTarget.Find(site, destination, null, out problem) is null ? problem : null;
    }

    private static Diagnostic Error(Unit unit, string key, string message) =>
        new(unit.SourcePath, unit.PositionOf(key), Severity.Error, message);
}
