using MotCua.Domain.Sheets;

namespace MotCua.Domain.Codes;

/// <summary>What a registry target names in the loaded site: a sheet (found by key or earlier alias), a field's board or a counter.</summary>
public sealed record CodeTarget(CodeKind Kind, Unit Unit, Sheet? Sheet, Field? Field, Counter? Counter)
{
    /// <summary>The target's current key: <c>unit/field/slug</c>, <c>unit/field</c> or <c>unit/counter</c>.</summary>
    public string Key => Kind switch
    {
        CodeKind.Procedure => Sheet!.Key,
        CodeKind.Board => $"{Unit.Slug}/{Field!.Slug}",
        _ => $"{Unit.Slug}/{Counter!.Slug}",
    };

    /// <summary>The page the code opens.</summary>
    public string Path => Kind switch
    {
        CodeKind.Procedure => SitePaths.Procedure(Sheet!),
        CodeKind.Board => SitePaths.Board(Unit.Slug, Field!.Slug),
        _ => SitePaths.Survey(Unit.Slug, Counter!.Slug),
    };

    /// <summary>
    /// Finds <paramref name="target"/> in <paramref name="site"/>, or explains why not. A sheet is found by its key or
    /// by one of its aliases, so a renamed or moved sheet keeps the codes already printed for it.
    /// </summary>
    public static CodeTarget? Find(SiteModel site, string target, CodeKind? kind, out string? problem)
    {
        problem = null;
        var parts = target.Trim('/').Split('/');
        var unit = site.FindUnit(parts[0]);
        if (parts.Length is < 2 or > 3 || unit is null)
        {
            problem = unit is null && parts.Length is 2 or 3
                ? $"target '{target}': không có đơn vị '{parts[0]}'"
                : $"target '{target}' không đúng dạng: ghi đơn-vị/lĩnh-vực/tên-tệp cho một thủ tục, đơn-vị/lĩnh-vực cho một bảng, đơn-vị/quầy cho phiếu đánh giá của quầy";
            return null;
        }

        if (parts.Length == 3)
        {
            return FindSheet(site, target, kind, out problem);
        }

        var field = kind is null or CodeKind.Board ? unit.FindField(parts[1]) : null;
        var counter = kind is null or CodeKind.Counter ? unit.FindCounter(parts[1]) : null;
        if (field is not null && counter is not null)
        {
            problem = $"target '{target}' vừa là lĩnh vực vừa là quầy: thêm dòng 'kind: board' hoặc 'kind: counter'";
            return null;
        }

        if (field is not null)
        {
            return new CodeTarget(CodeKind.Board, unit, null, field, null);
        }

        if (counter is not null)
        {
            return new CodeTarget(CodeKind.Counter, unit, null, null, counter);
        }

        problem = kind switch
        {
            CodeKind.Board => $"target '{target}': đơn vị '{unit.Slug}' không có lĩnh vực '{parts[1]}'",
            CodeKind.Counter => $"target '{target}': đơn vị '{unit.Slug}' không có quầy '{parts[1]}'",
            CodeKind.Procedure => $"target '{target}' là một bảng hoặc quầy nhưng 'kind' ghi procedure (thủ tục)",
            _ => $"target '{target}': đơn vị '{unit.Slug}' không có lĩnh vực hay quầy nào tên '{parts[1]}'",
        };
        return null;
    }

    private static CodeTarget? FindSheet(SiteModel site, string target, CodeKind? kind, out string? problem)
    {
        problem = null;
        if (kind is not (null or CodeKind.Procedure))
        {
            problem = $"target '{target}' là một thủ tục nhưng 'kind' ghi {kind.ToString()!.ToLowerInvariant()}";
            return null;
        }

        var key = target.Trim('/');
        var sheets = site.Units.SelectMany(u => u.Sheets).ToList();
        var sheet = sheets.Find(s => string.Equals(s.Key, key, StringComparison.Ordinal));
        if (sheet is null)
        {
            var renamed = sheets.Where(s => s.Aliases.Contains(key, StringComparer.Ordinal)).ToList();
            if (renamed.Count > 1)
            {
                problem = $"target '{target}' là địa chỉ cũ của {renamed.Count} tệp thủ tục, {string.Join(", ", renamed.Select(s => s.SourcePath))}: chỉ giữ địa chỉ cũ này ở một tệp";
                return null;
            }

            sheet = renamed.FirstOrDefault();
        }

        if (sheet is null)
        {
            problem = $"target '{target}': không có tệp thủ tục nào ở địa chỉ này hay ghi nó trong 'aliases'. Tệp đã đổi tên hay chuyển chỗ: ghi địa chỉ cũ vào 'aliases:' của tệp; "
                + "tệp đã bị xóa: khôi phục tệp (thủ tục bãi bỏ thì ghi 'status: retired' trong tệp, không xóa tệp); mã vừa thêm bằng new hay assign mà chưa đăng lần nào: xóa các dòng của mã này";
            return null;
        }

        return new CodeTarget(CodeKind.Procedure, site.FindUnit(sheet.Unit)!, sheet, null, null);
    }
}
