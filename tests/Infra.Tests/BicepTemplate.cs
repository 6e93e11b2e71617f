using System.Text.RegularExpressions;
using MotCua.TestSupport;

namespace MotCua.Infra.Tests;

/// <summary>One `resource` declaration of a Bicep file: its symbol, type, API version and body text.</summary>
internal sealed record BicepResource(string File, string Symbol, string Type, string ApiVersion, bool Existing, string Body);

/// <summary>
/// The Bicep files under infra/, read as text, for tests about what the templates declare.
/// BicepCompilerTests compiles and lints the same files with the real Bicep CLI.
/// </summary>
internal sealed partial class BicepTemplate
{
    private BicepTemplate(IReadOnlyDictionary<string, string> files)
    {
        Files = files;
        Resources = [.. files.SelectMany(file => ReadResources(file.Key, file.Value))];
    }

    /// <summary>Relative path (e.g. "modules/storage.bicep") to text.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public IReadOnlyList<BicepResource> Resources { get; }

    public static BicepTemplate Load()
    {
        var infra = RepositoryPaths.Infra;
        var files = Directory.GetFiles(infra, "*.bicep", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(infra, path).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return new BicepTemplate(files);
    }

    /// <summary>The one declared (not `existing`) resource of <paramref name="type"/>.</summary>
    public BicepResource Single(string type) => Assert.Single(Resources, r => r.Type == type && !r.Existing);

    public IEnumerable<BicepResource> All(string type) => Resources.Where(r => r.Type == type && !r.Existing);

    /// <summary>Fails naming the first file that contains <paramref name="fragment"/>, with <paramref name="meaning"/>.</summary>
    public void AssertNowhere(string fragment, string meaning, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var (file, text) in Files)
        {
            Assert.False(text.Contains(fragment, comparison), $"{file} {meaning}");
        }
    }

    private static IEnumerable<BicepResource> ReadResources(string file, string text)
    {
        foreach (Match match in ResourceDeclaration().Matches(text))
        {
            var open = text.IndexOf('{', match.Index + match.Length - 1);
            yield return new BicepResource(
                file,
                match.Groups["symbol"].Value,
                match.Groups["type"].Value,
                match.Groups["version"].Value,
                match.Groups["existing"].Success,
                open < 0 ? "" : text[open..BlockEnd(text, open)]);
        }
    }

    /// <summary>Index just past the brace that closes the block opened at <paramref name="open"/>.</summary>
    private static int BlockEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"^resource\s+(?<symbol>\w+)\s+'(?<type>[^@']+)@(?<version>[^']+)'\s*(?<existing>existing)?\s*=\s*(\[for[^:]*:\s*)?(if\s*\([^\n]*\)\s*)?\{", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResourceDeclaration();
}
