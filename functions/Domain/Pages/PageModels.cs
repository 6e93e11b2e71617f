using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>A procedure page (or a retired procedure's page) ready to render.</summary>
public sealed record ProcedurePage(Unit Unit, Field Field, Sheet Sheet, string BodyHtml, string? PortalHref, Sheet? Replacement);

/// <summary>A field's board: its procedures in Vietnamese order, and those retired.</summary>
public sealed record BoardPage(Unit Unit, Field Field, IReadOnlyList<Sheet> Active, IReadOnlyList<Sheet> Retired);

/// <summary>One line of the A–Z index, with its folded text so "dang ky" finds "Đăng ký".</summary>
public sealed record IndexEntry(string Title, string Path, string FieldName, string Folded);

/// <summary>The index entries that start with one letter of the Vietnamese alphabet (or one page of them).</summary>
public sealed record IndexGroup(string Letter, string Anchor, IReadOnlyList<IndexEntry> Entries)
{
    /// <summary>Where the letter in the A–Z bar points: the group's heading on the same page, or the group's own page.</summary>
    public string Href { get; init; } = "#" + Anchor;
}

/// <summary>
/// A unit's home: its boards with their sizes and the A–Z index of every procedure. A large unit's home keeps only
/// the A–Z bar and each letter gets a page of its own (see <see cref="UnitIndex"/>): the same model with no boards.
/// </summary>
public sealed record UnitHomePage(Unit Unit, IReadOnlyList<(Field Field, int Count)> Boards, IReadOnlyList<IndexGroup> Index)
{
    /// <summary>The letters of the A–Z bar: on a small unit's home, the groups listed below it.</summary>
    public IReadOnlyList<IndexGroup> Letters { get; init; } = Index;

    /// <summary>The page's heading when it is a letter's page; null on the unit's home.</summary>
    public string? Heading { get; init; }
}

/// <summary>A counter's survey: the procedures of the fields served there, grouped by field.</summary>
public sealed record SurveyPage(Unit Unit, Counter Counter, IReadOnlyList<(Field Field, IReadOnlyList<Sheet> Sheets)> Procedures);
