namespace MotCua.Infra.Tests.Docs;

/// <summary>
/// The Markdown files that are documentation: every <c>*.md</c> of the repository except procedure sheets
/// (<c>site/units</c>, whose links <c>publisher validate</c> checks) and test data (<c>tests/</c>).
/// </summary>
internal static class DocumentationFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj", "artifacts", "dist", "out" };

    private static readonly string[] DataFolders = ["site/units/", "tests/"];

    /// <summary>Paths relative to <paramref name="root"/>, with <c>/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> All(string root) =>
        [.. FilesUnder(new DirectoryInfo(root), "*.md")
            .Select(file => RepositoryPath(root, file.FullName))
            .Where(path => !DataFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];

    public static string RepositoryPath(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    // A walk of our own rather than SearchOption.AllDirectories: node_modules alone holds thousands of README files.
    public static IEnumerable<FileInfo> FilesUnder(DirectoryInfo folder, string pattern)
    {
        foreach (var file in folder.EnumerateFiles(pattern))
        {
            yield return file;
        }

        foreach (var child in folder.EnumerateDirectories().Where(d => !SkippedFolders.Contains(d.Name)))
        {
            foreach (var file in FilesUnder(child, pattern))
            {
                yield return file;
            }
        }
    }
}
