using System.Text.RegularExpressions;
using MotCua.Domain.Text;

namespace MotCua.Publisher.Import;

/// <summary>
/// Headings and column names as the importer compares them: the layouts of the national database's files are not
/// published, so a name is found by its words, whatever its diacritics, case, numbering ("1.", "II.", "a)"), bold
/// markers, colon or stray spaces.
/// </summary>
internal static partial class ImportHeadings
{
    /// <summary>The comparable form of a heading: its slug without a leading number, e.g. "2. THÀNH PHẦN HỒ SƠ:" → thanh-phan-ho-so.</summary>
    public static string Key(string text)
    {
        var folded = TextFolding.Fold(text).Replace("*", "", StringComparison.Ordinal).Trim();
        return TextFolding.Slug(LeadingNumber().Replace(folded, ""));
    }

    [GeneratedRegex(@"^(?:(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[\.\)]\s*|[-–•+]\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
