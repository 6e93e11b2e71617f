using System.Text.RegularExpressions;

namespace MotCua.Infra.Tests.Docs;

/// <summary>
/// The anchors GitHub gives a file's headings (github-slugger): lower case, every character that is not a
/// letter, mark, digit, connector, space or hyphen removed (so Vietnamese letters stay), spaces as hyphens;
/// a repeated heading gets <c>-1</c>, <c>-2</c>, … in the order they appear.
/// </summary>
internal sealed partial class GitHubSlugs
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    public static string Slug(string heading) => NotInSlug().Replace(heading.ToLowerInvariant(), "").Replace(' ', '-');

    /// <summary>The anchor of the next heading of the file, counting repeats as GitHub does.</summary>
    public string Next(string heading)
    {
        var original = Slug(heading);
        var slug = original;
        while (_occurrences.ContainsKey(slug))
        {
            _occurrences[original]++;
            slug = $"{original}-{_occurrences[original]}";
        }

        _occurrences[slug] = 0;
        return slug;
    }

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\p{Pc} -]", RegexOptions.CultureInvariant)]
    private static partial Regex NotInSlug();
}
