using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Privacy;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Pages;

/// <summary>
/// Fingerprints of what <see cref="SiteRenderer"/> plans a unit's pages from, so an incremental build can skip
/// planning a unit whose fingerprints match the last build's. A unit's pages read its own unit.yaml and sheets
/// (<see cref="OfUnit"/>) and, across units, only what <see cref="AcrossUnits"/> covers: which pages exist (links
/// resolve against them), each sheet's key and title (a replacement is shown by title), the portal links and the
/// tables the privacy notice describes.
/// The pages of no unit (root, 404, privacy, survey catalog) read only what <see cref="AcrossUnits"/> covers.
/// Both err on the side of planning: they hash more than the pages show.
/// </summary>
public static class PlanInputs
{
    /// <summary>The unit's own inputs: its unit.yaml as parsed and every sheet's whole file (by its content hash).</summary>
    public static string OfUnit(Unit unit)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, SiteRenderer.Version);
        AddUnit(hash, unit);
        foreach (var sheet in unit.Sheets)
        {
            Add(hash, sheet.SourcePath, sheet.ContentHash);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Every unit's facts and every sheet's listed facts (not its body), with <paramref name="portalLinks"/> (the code
    /// registry as the pages use it) and <paramref name="storedTables"/>: a change here plans every unit, since any page
    /// may link to or name it.
    /// </summary>
    public static string AcrossUnits(SiteModel site, IReadOnlyList<StoredTable> storedTables, string portalLinks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, SiteRenderer.Version, portalLinks);
        foreach (var table in storedTables)
        {
            Add(hash, "table", table.Text);
        }

        foreach (var unit in site.Units)
        {
            AddUnit(hash, unit);
            foreach (var s in unit.Sheets)
            {
                Add(hash, s.Key, s.Title, s.NationalCode ?? "-", s.Level.ToString(), s.OnlineUrl ?? "-", s.Retired ? "r" : "a", s.ReplacedBy ?? "-", string.Join(',', s.Aliases));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddUnit(IncrementalHash hash, Unit unit)
    {
        Add(hash, "unit", unit.Slug, unit.Name, unit.Address, unit.OpeningHours, unit.Phone);
        foreach (var field in unit.Fields)
        {
            Add(hash, "field", field.Slug, field.Name);
        }

        foreach (var counter in unit.Counters)
        {
            Add(hash, "counter", counter.Slug, counter.Name, string.Join(',', counter.Fields));
        }

        if (unit.Merger is { } merger)
        {
            Add(hash, "merger", string.Join(',', merger.Into), merger.From.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(',', merger.MovedTo.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key + ">" + m.Value)));
        }
    }

    /// <summary>Each part, then a separator no part contains, so ("ab", "c") and ("a", "bc") differ.</summary>
    private static void Add(IncrementalHash hash, params ReadOnlySpan<string> parts)
    {
        Span<byte> buffer = stackalloc byte[512];
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetMaxByteCount(part.Length) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(part, buffer)] : Encoding.UTF8.GetBytes(part);
            hash.AppendData(bytes);
            hash.AppendData("\0"u8);
        }

        hash.AppendData("\n"u8);
    }
}
