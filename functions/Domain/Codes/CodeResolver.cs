using MotCua.Domain.Sheets;

namespace MotCua.Domain.Codes;

/// <summary>
/// Turns the registry and the loaded site into <see cref="ResolvedCodes"/> (<c>/_data/codes.json</c>): each code with
/// its target's current key and page. A code whose sheet was renamed or moved follows it through the sheet's aliases;
/// a retired procedure's code opens its own retired page, which points to the replacement or the board.
/// A code of a merged office also gets the successor's page (<see cref="MergerResolver"/>), resolved here at publish
/// time so that the scan endpoint answers it in one round trip as before.
/// </summary>
public static class CodeResolver
{
    /// <summary>Resolves every code, live or retired, sorted by code.</summary>
    /// <exception cref="InvalidOperationException">A target is not in the site (run validate first; it names the line).</exception>
    public static ResolvedCodes Resolve(CodeRegistry registry, SiteModel site)
    {
        var codes = new List<CodeEntry>(registry.Entries.Count);
        foreach (var entry in registry.Entries)
        {
            var target = CodeTarget.Find(site, entry.Target, entry.Kind, out var problem)
                ?? throw new InvalidOperationException($"{registry.SourcePath}:{entry.Line}:{entry.Column}: {problem}");
            var merger = MergerResolver.Resolve(site, target, out problem);
            if (merger is null && problem is not null)
            {
                throw new InvalidOperationException($"{registry.SourcePath}:{entry.Line}:{entry.Column}: {problem}");
            }

            codes.Add(new CodeEntry(
                entry.Code.ToUpperInvariant(),
                target.Kind,
                target.Unit.Slug,
                target.Key,
                entry.Placement,
                target.Path,
                target.Sheet?.OnlineUrl,
                target.Sheet?.Retired ?? false,
                target.Sheet?.Title ?? target.Field?.Name ?? target.Counter?.Name,
                target.Unit.Name,
                merger?.Successor.Slug,
                merger?.Path,
                merger is null ? null : target.Unit.Merger!.From));
        }

        var licenses = site.Units.Where(u => u.License != OpenData.OpenLicense.Default)
            .ToDictionary(u => u.Slug, u => u.License.Name, StringComparer.Ordinal);
        return new ResolvedCodes([.. codes.OrderBy(c => c.Code, StringComparer.Ordinal)]) { Licenses = licenses.Count == 0 ? null : licenses };
    }
}
