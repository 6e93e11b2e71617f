namespace MotCua.Domain.Codes;

/// <summary>
/// One line of <c>site/codes.yaml</c>: a printed short code, what it opens and where it hangs.
/// <paramref name="Retired"/> means the printed copy was taken down: the code still opens its page and is never
/// given to anything else, but <c>assign</c> and <c>posters</c> no longer count it.
/// </summary>
public sealed record RegistryEntry(
    string Code,
    string Target,
    string Placement,
    CodeKind? Kind,
    bool Retired,
    int Line,
    int Column);

/// <summary>The short-code registry as editors wrote it, in file order. Append-only: codes are never removed or reused.</summary>
public sealed record CodeRegistry(string SourcePath, IReadOnlyList<RegistryEntry> Entries)
{
    /// <summary>The registry file inside the site folder.</summary>
    public const string FileName = "codes.yaml";

    /// <summary>Whether <paramref name="code"/> is taken, by a live or a retired entry (case-insensitive).</summary>
    public bool Contains(string code) =>
        Entries.Any(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase));
}
