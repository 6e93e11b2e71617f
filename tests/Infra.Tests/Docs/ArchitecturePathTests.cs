using System.Text.RegularExpressions;
using MotCua.TestSupport;

namespace MotCua.Infra.Tests.Docs;

/// <summary>
/// docs/architecture.md's "The path of one …" sections: each numbered step's backticked names, taken in order and
/// resolved to the source files that declare them, never go back to a folder the path has left, so a reader follows
/// a path forward through the tree.
/// </summary>
public sealed partial class ArchitecturePathTests
{
    [Fact]
    public void Each_path_names_its_folders_in_order_without_going_back_to_one_it_left()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md"));
        var declared = Declarations(RepositoryPaths.Functions);
        var paths = doc.Split("\n## ").Where(s => s.StartsWith("The path of one", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, paths.Count);

        var returns = paths.SelectMany(section => Returns(section, declared)).ToList();

        Assert.True(returns.Count == 0, string.Join('\n', returns));
    }

    [Fact]
    public void A_path_that_goes_back_to_a_folder_it_left_is_reported()
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal) { ["A"] = "x/A.cs", ["B"] = "y/B.cs", ["C"] = "x/C.cs" };

        Assert.Equal(["path: back to x at `C`"], Returns("path\n1. `A` then `B`\n2. `C`\n", declared));
        Assert.Empty(Returns("path\n1. `A` then `C`\n2. `B`\n", declared));
    }

    private static IEnumerable<string> Returns(string section, IReadOnlyDictionary<string, string> declared)
    {
        var title = section.Split('\n')[0];
        var steps = string.Join('\n', Step().Matches(section).Select(m => m.Value));
        var left = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var name in Name().Matches(steps).Select(m => m.Groups[1].Value))
        {
            var file = name.StartsWith("functions/", StringComparison.Ordinal) && name.EndsWith(".cs", StringComparison.Ordinal)
                ? name
                : declared.GetValueOrDefault(name.Split('.', '(')[0]);
            if (file is null || Path.GetDirectoryName(file) is not { } folder || folder == current)
            {
                continue;
            }

            if (left.Contains(folder))
            {
                yield return $"{title}: back to {folder} at `{name}`";
            }

            if (current is not null)
            {
                left.Add(current);
            }

            current = folder;
        }
    }

    /// <summary>Each type of the source tree and the file (relative to the repository) that declares it first.</summary>
    private static Dictionary<string, string> Declarations(string functions)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(functions, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (Match m in Declaration().Matches(File.ReadAllText(file)))
            {
                declared.TryAdd(m.Groups[1].Value, Path.GetRelativePath(RepositoryPaths.Root, file));
            }
        }

        return declared;
    }

    [GeneratedRegex(@"^(?:\d+\. .*|   .*)$", RegexOptions.Multiline)]
    private static partial Regex Step();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex Declaration();
}
