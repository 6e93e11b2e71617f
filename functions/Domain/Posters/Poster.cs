using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Posters;

/// <summary>One printed A4 poster: a board's or a counter's code, where it hangs, and what it lists.</summary>
public sealed record Poster(
    string Code,
    CodeKind Kind,
    string Slug,
    string Title,
    string Placement,
    string Url,
    IReadOnlyList<string> Procedures)
{
    /// <summary>The poster's file inside <c>posters/&lt;unit&gt;/</c>: the board's or counter's slug and the code, lower case.</summary>
    public string FileName => $"{Slug}-{Code.ToLowerInvariant()}.html";
}

/// <summary>A unit's posters, in board order and then counter order.</summary>
public sealed record UnitPosters(Unit Unit, IReadOnlyList<Poster> Posters);
