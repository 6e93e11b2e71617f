using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.TestSupport.Surveys;

/// <summary>
/// Finds personal details in a stored comment, written apart from the product's mask and cruder than it, so a test
/// checks the mask instead of trusting it: nine or more digits joined by at most three spaces, dots, dashes or
/// brackets, whatever letters touch them (phones, ID numbers, health-insurance cards); a letter and seven digits
/// (passports); a dossier number's <c>-yyMMdd-NNNN</c> tail; anything with an <c>@</c> between two words (e-mail).
/// The text is NFKC-normalised first, as a phone or a browser may send full-width digits or no-break spaces.
/// </summary>
public static partial class PersonalDataFinder
{
    /// <summary>What looks like a personal detail in <paramref name="text"/>; empty when none.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC);
        var found = new List<string>();
        found.AddRange(Email().Matches(normal).Select(m => m.Value));
        found.AddRange(Dossier().Matches(normal).Select(m => m.Value));
        found.AddRange(Passport().Matches(normal).Select(m => m.Value));
        found.AddRange(DigitRun().Matches(normal).Select(m => m.Value.Trim()).Where(v => v.Count(char.IsAsciiDigit) >= 9));
        return found;
    }

    [GeneratedRegex(@"[^\s@,;:()]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\S*-[0-9]{6}-[0-9]{3,6}", RegexOptions.CultureInvariant)]
    private static partial Regex Dossier();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z] ?[0-9]{7}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Passport();

    [GeneratedRegex(@"\+?[0-9](?:[\s.\-()]{0,3}[0-9])*", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
