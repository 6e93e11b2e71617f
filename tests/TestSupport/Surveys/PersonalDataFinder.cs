using System.Text.RegularExpressions;

namespace MotCua.TestSupport.Surveys;

/// <summary>
/// Finds the personal details issue 17 names in a stored comment, written out apart from the product's mask so a test
/// checks the mask instead of trusting it: phone numbers as <c>0912 345 678</c>, <c>+84 912345678</c>,
/// <c>091.234.5678</c> or <c>0912345678</c>; 12-digit citizen ID numbers; passport numbers (<c>C1234567</c>);
/// e-mail addresses.
/// </summary>
public static partial class PersonalDataFinder
{
    /// <summary>What looks like a personal detail in <paramref name="text"/>; empty when none.</summary>
    public static IReadOnlyList<string> Find(string text) =>
        [.. Pattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(
        @"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}" +
        @"|(?<![\p{L}\p{N}])(?<!\p{N}[.,/])(?:0[0-9]{3} [0-9]{3} [0-9]{3}|\+84 ?[0-9]{9}|0[0-9]{2}\.[0-9]{3}\.[0-9]{4}|0[0-9]{9})(?![\p{L}\p{N}])" +
        @"|(?<![\p{L}\p{N}])(?:[0-9]{12}|[A-Za-z][0-9]{7})(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
