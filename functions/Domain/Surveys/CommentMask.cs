using System.Text.RegularExpressions;

namespace MotCua.Domain.Surveys;

/// <summary>One kind of personal detail the comment mask replaces, as the privacy notice describes it.</summary>
/// <param name="Replacement">What the detail becomes in the stored comment.</param>
/// <param name="Description">What is masked, in plain Vietnamese, for the privacy notice.</param>
public sealed record CommentMaskRule(string Replacement, string Description);

/// <summary>
/// Masks personal details in a survey comment before it is stored: e-mail addresses, Vietnamese phone numbers,
/// passport numbers, and ID numbers. Built to leave alone what a citizen writes about the service itself:
/// dates (01/07/2026, 01.07.2026), money (50.000 đồng, 1.500.000đ), procedure codes (1.001193), dossier codes
/// (000.00.00.H12-260701-0001), times (8:30, 8h30).
/// <list type="bullet">
/// <item>A phone number starts with 0 or +84 and has 10–11 digits in all (9–10 after +84), in groups of at least two
/// digits separated by one space, dot or dash; its first group (0 included) has at least three digits. Dates fail
/// that test: their first group is "01".</item>
/// <item>A passport number is one letter and seven digits (C1234567).</item>
/// <item>Any run of nine or more digits without separators is an identifier (12-digit citizen ID, 9-digit old ID
/// card, a bank account, a phone written without its 0), as is 12 digits grouped by spaces (0012 3456 7890). Money
/// is written with dots in Vietnam, so a sum written as nine bare digits is masked too: the price of safety.</item>
/// <item>Every rule needs a number to stand apart from letters and digits: digits glued to letters are a code
/// (a dossier number, a reference like "a1234567890b"), not a person's number.</item>
/// </list>
/// </summary>
public static partial class CommentMask
{
    public static readonly CommentMaskRule Email = new("[email]", "địa chỉ thư điện tử (email)");
    public static readonly CommentMaskRule Phone = new("[số điện thoại]", "số điện thoại (ví dụ 0912 345 678, +84 912345678, 091.234.5678)");
    public static readonly CommentMaskRule Passport = new("[số hộ chiếu]", "số hộ chiếu (một chữ cái và 7 chữ số)");
    public static readonly CommentMaskRule IdNumber = new("[số giấy tờ]", "số căn cước, chứng minh nhân dân và mọi dãy từ 9 chữ số liền nhau trở lên");

    /// <summary>Every rule, in the order they are applied (e-mail first: an address may hold digits).</summary>
    public static IReadOnlyList<CommentMaskRule> Rules { get; } = [Email, Phone, Passport, IdNumber];

    /// <summary>The comment with every personal detail replaced by its rule's <see cref="CommentMaskRule.Replacement"/>.</summary>
    public static string Apply(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        if (comment.Length == 0)
        {
            return comment;
        }

        var text = EmailPattern().Replace(comment, Email.Replacement);
        text = PhonePattern().Replace(text, MaskPhone);
        text = PassportPattern().Replace(text, Passport.Replacement);
        return IdNumberPattern().Replace(text, IdNumber.Replacement);
    }

    /// <summary>
    /// The longest run of the match's digit groups that makes a phone number, masked; what follows it (say, the
    /// " 12" of "0912 345 678 12 lần") is kept as written.
    /// </summary>
    private static string MaskPhone(Match m)
    {
        var international = m.Groups["intl"].Success;
        var rest = m.Groups["rest"];
        var head = m.Value[..(rest.Index - m.Index)];
        var groups = GroupPattern().Matches(rest.Value);
        for (var count = groups.Count; count > 0; count--)
        {
            var last = groups[count - 1];
            var digits = groups.Take(count).Sum(g => g.Length);
            if (international ? digits is 9 or 10 : digits + 1 is 10 or 11)
            {
                return Phone.Replacement + rest.Value[(last.Index + last.Length)..];
            }
        }

        return head + rest.Value;
    }

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    // Not after a letter, a digit, or a digit and a dot/comma/slash (so "1.0912…" in a code is left alone).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<!\p{N}[.,/])(?:(?<intl>\(?\+ ?84\)?[ .\-]?)|0)(?<rest>[0-9]{2,}(?:[ .\-][0-9]{2,})*)(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z][0-9]{7}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PassportPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[0-9]{9,}|[0-9]{4} [0-9]{4} [0-9]{4}|[0-9]{3} [0-9]{3} [0-9]{3} [0-9]{3})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IdNumberPattern();
}
