using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>What kind of page a plan renders; procedure and board pages have a size budget.</summary>
public enum PageKind
{
    Root,
    NotFound,
    UnitHome,

    /// <summary>One letter of a large unit's A–Z index (see <see cref="UnitIndex"/>).</summary>
    UnitIndex,
    Board,
    Procedure,
    Survey,
    SurveyThanks,

    /// <summary>The privacy notice (<see cref="Sheets.SitePaths.Privacy"/>).</summary>
    Privacy,

    /// <summary>A JSON file the handler reads (e.g. <c>/_data/survey.json</c>), not a page.</summary>
    Data,
}

/// <summary>One rendered file of the site: its blob name in <c>$web</c>, content type, and bytes (not compressed).</summary>
public sealed record BuiltPage(string BlobName, string ContentType, byte[] Bytes);

/// <summary>
/// A page to render, with a hash of everything it is made from: when the hash matches the last build's, the
/// page on disk is still right and is not rendered again.
/// </summary>
public sealed record PagePlan(string BlobName, PageKind Kind, string InputHash, Func<string> Render)
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public const string JsonContentType = "application/json; charset=utf-8";

    public string ContentType { get; init; } = HtmlContentType;

    public Unit? Unit { get; init; }

    public Field? Field { get; init; }

    public Sheet? Sheet { get; init; }

    public BuiltPage Build() => new(BlobName, ContentType, System.Text.Encoding.UTF8.GetBytes(Render()));
}
