using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>Converts between a sheet and its body-less snapshot in the build cache.</summary>
internal static class SheetSnapshots
{
    /// <summary>Positions the checks across sheets point at; the rest are only needed when the file is parsed again.</summary>
    private static readonly string[] CheckedKeys = [SheetKeys.Title, SheetKeys.Code, SheetKeys.ReplacedBy, SheetKeys.Aliases, SheetKeys.Updated, SheetKeys.Status, SheetKeys.MovedTo];

    /// <summary>
    /// Keeps what lists, indexes and checks across sheets use. The key facts (agency, fee, ...) only appear on the
    /// sheet's own page, which is rendered from the file, so they stay out of the cache to keep it small and fast to read.
    /// </summary>
    public static SheetSnapshot FromSheet(Sheet s) => new()
    {
        Title = s.Title, Code = s.NationalCode, Level = s.Level, OnlineUrl = s.OnlineUrl, Updated = s.Updated, Retired = s.Retired,
        ReplacedBy = s.ReplacedBy, Aliases = [.. s.Aliases], MovedTo = s.MovedTo, BodyLine = s.BodyLine,
        Positions = CheckedKeys.Where(s.Positions.ContainsKey).ToDictionary(k => k, k => s.Positions[k], StringComparer.Ordinal),
        Links = [.. s.Links], ContentHash = s.ContentHash,
    };

    public static Sheet ToSheet(SheetSnapshot s, SheetFile file) => new()
    {
        Unit = file.Unit, Field = file.Field, Slug = file.Slug, SourcePath = file.RelativePath, DisplayPath = file.DisplayPath,
        Title = s.Title, NationalCode = s.Code, Level = s.Level, OnlineUrl = s.OnlineUrl, Updated = s.Updated, Retired = s.Retired,
        ReplacedBy = s.ReplacedBy, Aliases = s.Aliases, MovedTo = s.MovedTo, BodyLine = s.BodyLine, Positions = s.Positions, Links = s.Links,
        ContentHash = s.ContentHash, Body = "", HasBody = false,
    };
}
