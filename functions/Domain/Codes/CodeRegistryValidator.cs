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
                diagnostics.Add(Warning(registry, entry, $"write code '{entry.Code}' in upper case, as it is printed ({entry.Code.ToUpperInvariant()})"));
            }

            if (!firstLine.TryAdd(entry.Code, entry.Line))
            {
                diagnostics.Add(Error(registry, entry, $"code '{entry.Code}' is already used on line {firstLine[entry.Code]}; a code names one printed copy, forever"));
            }

            if (entry.Target.Length == 0)
            {
                continue;
            }

            var target = CodeTarget.Find(site, entry.Target, entry.Kind, out var targetProblem);
            if (target is null)
            {
                diagnostics.Add(Error(registry, entry, targetProblem!));
            }
            else if (!entry.Retired && !placements.TryAdd((target.Key, entry.Placement), entry))
            {
                var other = placements[(target.Key, entry.Placement)];
                diagnostics.Add(Warning(registry, entry, $"'{other.Code}' (line {other.Line}) already hangs at \"{entry.Placement}\" for {target.Key}; give each printed copy its own placement"));
            }
        }

        foreach (var code in published ?? [])
        {
            if (!registry.Contains(code))
            {
                diagnostics.Add(new Diagnostic(registry.SourcePath, 1, 1, Severity.Error,
                    $"code '{code}' was published and is no longer in the registry; codes are never deleted: put it back, with 'retired: true' if its copy was taken down"));
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
