using MotCua.Domain.Sheets;

namespace MotCua.Domain.Codes;

/// <summary>
/// Checks the registry against the site and against what was published before: well-formed codes, no code twice
/// (ignoring case), every target a sheet (key or alias), board or counter, and no published code missing.
/// Diagnostics read <c>path:line:col: error|warning: message</c>, like the site validator's.
/// </summary>
public static class CodeRegistryValidator
{
    /// <summary>Every problem in <paramref name="registry"/>; errors stop the build.</summary>
    /// <param name="published">Codes in the last published <c>/_data/codes.json</c>, or null when there is none to compare with.</param>
    public static IReadOnlyList<Diagnostic> Validate(CodeRegistry registry, SiteModel site, IReadOnlyCollection<string>? published = null)
    {
        var diagnostics = new List<Diagnostic>();
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var placements = new Dictionary<(string Target, string Placement), RegistryEntry>();
        foreach (var entry in registry.Entries)
        {
            var problem = CodeAlphabet.Problem(entry.Code);
            if (problem is not null)
            {
                diagnostics.Add(Error(registry, entry, problem));
            }
            else if (!string.Equals(entry.Code, entry.Code.ToUpperInvariant(), StringComparison.Ordinal))
            {
                diagnostics.Add(Warning(registry, entry, $"hãy viết mã '{entry.Code}' bằng chữ in hoa, đúng như khi in ra ({entry.Code.ToUpperInvariant()})"));
            }

            if (!firstLine.TryAdd(entry.Code, entry.Line))
            {
                diagnostics.Add(Error(registry, entry, $"mã QR '{entry.Code}' đã dùng ở dòng {firstLine[entry.Code]}: mỗi mã chỉ dành cho một bản in, mãi mãi; hãy dùng mã khác (publisher assign cấp mã mới)"));
            }

            if (entry.Target.Length == 0)
            {
                continue;
            }

            var target = CodeTarget.Find(site, entry.Target, entry.Kind, out var targetProblem);
            if (target is null)
            {
                if (!site.MightHave(entry.Target))
                {
                    diagnostics.Add(Error(registry, entry, targetProblem!));
                }
            }
            else if (!entry.Retired && !placements.TryAdd((target.Key, entry.Placement), entry))
            {
                var other = placements[(target.Key, entry.Placement)];
                diagnostics.Add(Warning(registry, entry, $"mã QR '{other.Code}' ở dòng {other.Line} đã treo ở \"{entry.Placement}\" cho {target.Key}: ghi cho mỗi bản in một nơi treo riêng"));
            }
        }

        foreach (var code in published ?? [])
        {
            if (!registry.Contains(code))
            {
                diagnostics.Add(new Diagnostic(registry.SourcePath, 1, 1, Severity.Error,
                    $"mã QR '{code}' đã được đăng nhưng nay không còn trong codes.yaml: không bao giờ được xóa mã đã in; hãy thêm lại, kèm 'retired: true' nếu bản in đã được gỡ xuống"));
            }
        }

        diagnostics.AddRange(MergerValidator.Validate(registry, site));
        return diagnostics;
    }

    private static Diagnostic Error(CodeRegistry registry, RegistryEntry entry, string message) =>
        new(registry.SourcePath, entry.Line, entry.Column, Severity.Error, message);

    private static Diagnostic Warning(CodeRegistry registry, RegistryEntry entry, string message) =>
        new(registry.SourcePath, entry.Line, entry.Column, Severity.Warning, message);
}
