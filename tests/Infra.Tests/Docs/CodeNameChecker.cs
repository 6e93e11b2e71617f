using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests.Docs;

/// <summary>A name in backticks that the tree does not have.</summary>
internal sealed record MissingName(string File, int Line, string Name)
{
    public override string ToString() => $"{File}:{Line}: `{Name}`";
}

/// <summary>
/// Finds the code names in backticks of some Markdown files that name nothing in the tree. A name is checked only
/// when it looks like one of three things: (1) a path under a top-level folder (<c>functions/</c>, <c>tests/</c>,
/// <c>docs/</c>, <c>site/</c>, <c>infra/</c>, <c>bench/</c>), read up to a space or colon, which must exist;
/// patterns (<c>&lt;</c>, <c>{</c>, <c>*</c>, <c>…</c>) and build output (<c>bin</c>, <c>obj</c>,
/// <c>node_modules</c>) are skipped; (2) a bare file name ending in a source extension (<c>.cs</c>, <c>.csproj</c>,
/// <c>.sh</c>, <c>.bicep</c>, <c>.props</c>, <c>.targets</c>, <c>.sln</c>, <c>.http</c>), which some file of the
/// tree must be called; (3) a PascalCase identifier of two words or more, with an optional <c>.Member</c> or
/// <c>()</c>, which must occur in the tree's source (not its Markdown); when the tree declares the type, the member
/// must occur in the type's own file. Everything else (routes, settings, JSON keys, commands) is prose to this check.
/// </summary>
internal static partial class CodeNameChecker
{
    private static readonly string[] SourceExtensions = [".cs", ".csproj", ".props", ".targets", ".sln", ".bicep", ".sh", ".http", ".json", ".yml", ".yaml", ".mjs", ".js", ".lua", ".conf"];

    private static readonly HashSet<string> OutputFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    public static IReadOnlyList<MissingName> Check(string root, IEnumerable<string> markdownFiles)
    {
        root = Path.GetFullPath(root);
        var tree = Tree.Read(root);
        var missing = new List<MissingName>();
        foreach (var doc in markdownFiles)
        {
            var lines = File.ReadAllLines(Path.Combine(root, doc));
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match code in Backticked().Matches(lines[i]))
                {
                    if (!tree.Has(root, code.Groups[1].Value))
                    {
                        missing.Add(new MissingName(doc, i + 1, code.Groups[1].Value));
                    }
                }
            }
        }

        return missing;
    }

    private sealed record Tree(HashSet<string> FileNames, HashSet<string> Words, Dictionary<string, List<string>> Declarations)
    {
        public static Tree Read(string root)
        {
            var files = DocumentationFiles.FilesUnder(new DirectoryInfo(root), "*").ToList();
            var sources = files.Where(f => SourceExtensions.Contains(f.Extension, StringComparer.Ordinal)).ToList();
            var words = new HashSet<string>(StringComparer.Ordinal);
            var declarations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var source in sources)
            {
                var text = File.ReadAllText(source.FullName);
                words.UnionWith(Identifier().Matches(text).Select(m => m.Value));
                if (source.Extension == ".cs")
                {
                    foreach (Match type in TypeDeclaration().Matches(text))
                    {
                        declarations.TryAdd(type.Groups[1].Value, []);
                        declarations[type.Groups[1].Value].Add(text);
                    }
                }
            }

            return new Tree(files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal), words, declarations);
        }

        public bool Has(string root, string name)
        {
            if (TreePath().Match(name) is { Success: true } path)
            {
                var relative = path.Value.TrimEnd('/');
                return Pattern().IsMatch(relative)
                    || relative.Split('/').Any(OutputFolders.Contains)
                    || File.Exists(Path.Combine(root, relative))
                    || Directory.Exists(Path.Combine(root, relative));
            }

            if (SourceFileName().IsMatch(name))
            {
                return FileNames.Contains(name);
            }

            if (TypeName().Match(name) is { Success: true } type)
            {
                var member = type.Groups["member"].Value;
                return Words.Contains(type.Groups["type"].Value)
                    && (member.Length == 0 || (Declarations.TryGetValue(type.Groups["type"].Value, out var texts)
                        ? texts.Any(t => Regex.IsMatch(t, $@"\b{member}\b"))
                        : Words.Contains(member)));
            }

            return true;
        }
    }

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^(functions|tests|docs|site|infra|bench)/[^ :]*")]
    private static partial Regex TreePath();

    [GeneratedRegex("[<{*…]")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[\w.-]+\.(cs|csproj|sh|bicep|props|targets|sln|http)$")]
    private static partial Regex SourceFileName();

    [GeneratedRegex(@"^(?<type>[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)(?:\.(?<member>[A-Z]\w*))?(?:\(\))?$")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
