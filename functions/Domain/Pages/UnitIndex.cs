using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// Keeps a unit's A–Z index inside the 14 KB page budget at any size. Up to <see cref="OnHomeMax"/> procedures the
/// whole index stays on the unit's home, so find-in-page and the filter box cover every procedure at once. Above
/// it the home keeps the A–Z bar, and each letter gets a page of its own with at most <see cref="PerPage"/> entries
/// (a letter with more continues on "Đ (2)", ...), so no page grows with the unit.
/// </summary>
public static class UnitIndex
{
    /// <summary>433 entries with real titles made a 14.2 KB home (level 9); 300 leave room for long titles and the frame.</summary>
    public const int OnHomeMax = 300;

    /// <summary>Two thirds of <see cref="OnHomeMax"/>: a letter page carries the A–Z bar of every page besides its entries.</summary>
    public const int PerPage = 200;

    public static bool OnHome(int activeProcedures) => activeProcedures <= OnHomeMax;

    /// <summary>The groups as pages of their own: each letter's entries in parts of at most <see cref="PerPage"/>.</summary>
    public static IReadOnlyList<IndexGroup> Paged(Unit unit, IReadOnlyList<IndexGroup> groups) =>
        [.. groups.SelectMany(group => group.Entries.Chunk(PerPage).Select((entries, i) => Part(unit, group, entries, i + 1)))];

    /// <summary>The letter pages of a home whose index is split; none when the home lists every procedure itself.</summary>
    public static IReadOnlyList<UnitHomePage> LetterPages(UnitHomePage home) =>
        home.Index.Count > 0 || home.Letters.Count == 0
            ? []
            : [.. home.Letters.Select(group => new UnitHomePage(home.Unit, [], [group]) { Letters = home.Letters, Heading = "Thủ tục từ A đến Z: " + group.Letter })];

    private static IndexGroup Part(Unit unit, IndexGroup group, IReadOnlyList<IndexEntry> entries, int part)
    {
        var (letter, anchor) = part == 1 ? (group.Letter, group.Anchor) : ($"{group.Letter} ({part})", $"{group.Anchor}-{part}");
        return new IndexGroup(letter, anchor, entries) { Href = SitePaths.IndexPage(unit.Slug, anchor) };
    }
}
