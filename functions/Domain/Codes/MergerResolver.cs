using MotCua.Domain.Sheets;

namespace MotCua.Domain.Codes;

/// <summary>How the page a merged office's code opens was chosen.</summary>
public enum MergerMatch
{
    /// <summary>A <c>moved_to</c> line of the sheet or of unit.yaml named it.</summary>
    Moved,

    /// <summary>The successor's sheet with the same national procedure code (or, for a sheet without one, the same field and slug).</summary>
    SameCode,

    /// <summary>The successor's board of the same field.</summary>
    SameField,

    /// <summary>The successor's counter of the same name.</summary>
    SameCounter,

    /// <summary>Nothing closer: the old office's "now part of …" page.</summary>
    Notice,
}

/// <summary>Where a merged office's code goes: the successor unit and the page, and why that page.</summary>
public sealed record MergerAnswer(Unit Successor, string Path, MergerMatch Match);

/// <summary>
/// Resolves a code of a merged or split office to a page of its successor, in this order: a <c>moved_to</c> line
/// (the sheet's, then unit.yaml's for its field or counter), the successor's page for the same national procedure
/// code (for a sheet without one: the same field and slug), the successor's board for the same field (or its counter of the same name), and otherwise the old office's
/// notice page. Never nothing: a code that was printed keeps answering.
/// </summary>
public static class MergerResolver
{
    /// <summary>The answer for <paramref name="target"/>, null when its unit was not merged; a problem when a moved_to line or successor is wrong.</summary>
    public static MergerAnswer? Resolve(SiteModel site, CodeTarget target, out string? problem)
    {
        problem = null;
        var merger = target.Unit.Merger;
        if (merger is null)
        {
            return null;
        }

        var slug = target.Sheet?.Field ?? target.Field?.Slug ?? target.Counter!.Slug;
        var destination = target.Sheet?.MovedTo ?? merger.MovedTo.GetValueOrDefault(slug) ?? merger.Successor;
        var successor = Successor(site, destination, out problem);
        if (successor is null)
        {
            return null;
        }

        if (destination.Contains('/', StringComparison.Ordinal))
        {
            var moved = CodeTarget.Find(site, destination, null, out problem);
            return moved is null ? null : new MergerAnswer(successor, moved.Path, MergerMatch.Moved);
        }

        return ByRule(successor, target);
    }

    /// <summary>The successor named first in <paramref name="destination"/>, if it exists and is current.</summary>
    public static Unit? Successor(SiteModel site, string destination, out string? problem)
    {
        problem = null;
        var slug = destination.Split('/')[0];
        var successor = site.FindUnit(slug);
        if (successor is null)
        {
            problem = $"không có đơn vị '{slug}' (thư mục site/units/{slug}/ với unit.yaml) để nhận mã của đơn vị đã sáp nhập";
        }
        else if (successor.Merger is not null)
        {
            problem = $"đơn vị '{slug}' cũng đã sáp nhập (vào {string.Join(", ", successor.Merger.Into)}); ghi thẳng đơn vị hiện nay";
            return null;
        }

        return successor;
    }

    private static MergerAnswer ByRule(Unit successor, CodeTarget target)
    {
        if (target.Sheet?.NationalCode is { } code
            && successor.Sheets.FirstOrDefault(s => !s.Retired && string.Equals(s.NationalCode, code, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            return new MergerAnswer(successor, SitePaths.Procedure(same), MergerMatch.SameCode);
        }

        // A sheet without a national code is matched by its place: the successor's sheet of the same field and slug.
        if (target.Sheet is { NationalCode: null } sheet
            && successor.Sheets.FirstOrDefault(s => !s.Retired && s.Field == sheet.Field && s.Slug == sheet.Slug) is { } twin)
        {
            return new MergerAnswer(successor, SitePaths.Procedure(twin), MergerMatch.SameCode);
        }

        if ((target.Sheet?.Field ?? target.Field?.Slug) is { } field && successor.FindField(field) is not null)
        {
            return new MergerAnswer(successor, SitePaths.Board(successor.Slug, field), MergerMatch.SameField);
        }

        if (target.Counter is { } counter && successor.FindCounter(counter.Slug) is not null)
        {
            return new MergerAnswer(successor, SitePaths.Survey(successor.Slug, counter.Slug), MergerMatch.SameCounter);
        }

        return new MergerAnswer(successor, SitePaths.MergerNotice(target.Unit.Slug), MergerMatch.Notice);
    }
}
