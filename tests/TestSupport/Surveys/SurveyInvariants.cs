using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MotCua.Domain.Surveys;

namespace MotCua.TestSupport.Surveys;

/// <summary>
/// What every stored answer must satisfy, written out independently of the validator, so a test
/// can check the validator instead of trusting it.
/// </summary>
public static partial class SurveyInvariants
{
    private static readonly string[] ReasonKeys = ["thai-do", "thoi-gian-cho", "huong-dan", "co-so-vat-chat"];

    /// <summary>The broken rules of one stored answer; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Problems(SurveyCatalog catalog, string unit, string counter, int option, string reasons, string comment, string procedure, string clientId)
    {
        var problems = new List<string>();
        var u = catalog.Units.FirstOrDefault(x => x.Unit == unit);
        if (u is null || u.Counters.All(c => c.Slug != counter))
        {
            problems.Add($"unknown counter {unit}/{counter}");
        }

        if (option is < 0 or > 2)
        {
            problems.Add($"option {option}");
        }

        if (reasons.Length > 0 && reasons.Split(',').Any(r => !ReasonKeys.Contains(r)))
        {
            problems.Add($"reasons {reasons}");
        }

        if (!comment.IsNormalized(NormalizationForm.FormC))
        {
            problems.Add("comment not NFC");
        }

        if (new StringInfo(comment).LengthInTextElements > 500)
        {
            problems.Add("comment too long");
        }

        if (comment.Any(c => (char.IsControl(c) && c is not '\n' and not '\t') || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200B' or '\uFEFF'))
        {
            problems.Add("comment has a control, bidi or zero-width character");
        }

        foreach (var found in PersonalDataFinder.Find(comment))
        {
            problems.Add($"comment holds personal data: {found}");
        }

        if (procedure.Length > 0 && (u is null || u.Procedures.All(p => p.Key != procedure)))
        {
            problems.Add($"procedure {procedure}");
        }

        if (clientId.Length > 0 && !ClientId().IsMatch(clientId))
        {
            problems.Add($"client id {clientId}");
        }

        return problems;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{16,64}$")]
    private static partial Regex ClientId();
}
