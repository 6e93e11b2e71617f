using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests.Docs;

/// <summary>A relative link whose file or heading does not exist.</summary>
internal sealed record BrokenLink(string File, int Line, string Url, string Reason)
{
    public override string ToString() => $"{File}:{Line}: ({Url}) {Reason}";
}

/// <summary>
/// Resolves every relative link of some Markdown files as GitHub does (relative to the file; a leading
/// <c>/</c> from the repository's root) and reports those whose file, or <c>#anchor</c> heading in a
/// <c>.md</c> file, does not exist. Links with a scheme (<c>https:</c>, <c>mailto:</c>, …) are not checked.
/// </summary>
internal static partial class LinkChecker
{
    public static IReadOnlyList<BrokenLink> Check(string root, IEnumerable<string> files)
    {
        root = Path.GetFullPath(root);
        var parsed = new Dictionary<string, MarkdownFile>(StringComparer.Ordinal);
        MarkdownFile Parsed(string path)
        {
            if (!parsed.TryGetValue(path, out var file))
            {
                file = MarkdownFile.Read(Path.Combine(root, path));
                parsed[path] = file;
            }

            return file;
        }

        var broken = new List<BrokenLink>();
        foreach (var path in files)
        {
            foreach (var link in Parsed(path).Links)
            {
                if (Problem(root, path, link.Url, Parsed) is { } reason)
                {
                    broken.Add(new BrokenLink(path, link.Line, link.Url, reason));
                }
            }
        }

        return broken;
    }

    private static string? Problem(string root, string from, string url, Func<string, MarkdownFile> parsed)
    {
        if (Scheme().IsMatch(url))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash < 0 ? url : url[..hash];
        var target = from;
        if (pathPart.Length > 0)
        {
            var relative = Uri.UnescapeDataString(pathPart);
            var full = Path.GetFullPath(relative.StartsWith('/')
                ? Path.Combine(root, relative.TrimStart('/'))
                : Path.Combine(root, Path.GetDirectoryName(from) ?? "", relative));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return "leads out of the repository";
            }

            if (!File.Exists(full) && !Directory.Exists(full))
            {
                return "no such file";
            }

            target = DocumentationFiles.RepositoryPath(root, full);
        }

        if (hash < 0 || !target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var anchor = Uri.UnescapeDataString(url[(hash + 1)..]);
        return parsed(target).Anchors.Contains(anchor) ? null : $"no heading with the anchor '#{anchor}' in {target}";
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
