using System.Text.RegularExpressions;

namespace MotCua.Domain.Surveys;

/// <summary>One kind of personal detail the comment mask replaces, as the privacy notice describes it.</summary>
/// <param name="Replacement">What the detail becomes in the stored comment.</param>
/// <param name="Description">What is masked, in plain Vietnamese, for the privacy notice.</param>
public sealed record CommentMaskRule(string Replacement, string Description);

/// <summary>
/// Masks personal details in a survey comment before it is stored. The search runs on a normalised copy
/// (<see cref="NormalisedComment"/>: NFKC, so a no-break space or a full-width digit is plain), numbers are read with
/// their separators removed and regardless of letters glued to them (<see cref="NumberRuns"/>), and what is masked
/// is cut out of the comment as typed. Left readable: dates (01/07/2026, 01.07.2026), sums with their unit
/// (50.000 đồng, 100.000.000 đồng, 1.500.000đ), procedure codes (1.001193, 2.000986.000.00.00.H12), times (8:30, 8h30)
/// and short counts. Names and addresses are masked only where they can be recognised reliably; the notice says
/// plainly what cannot be (<see cref="NotMasked"/>).
/// </summary>
public static partial class CommentMask
{
    public static readonly CommentMaskRule Email = new("[email]", "địa chỉ thư điện tử (email), kể cả khi có chữ tiếng Việt");
    public static readonly CommentMaskRule DossierCode = new("[mã hồ sơ]", "mã hồ sơ (ví dụ 000.00.00.H12-260701-0001), vì mã này tra ra được người nộp trên Cổng dịch vụ công");
    public static readonly CommentMaskRule HealthInsurance = new("[số thẻ BHYT]", "số thẻ bảo hiểm y tế (2 chữ cái và 13 chữ số, ví dụ DN4010123456789)");
    public static readonly CommentMaskRule Passport = new("[số hộ chiếu]", "số hộ chiếu (một chữ cái và 7 chữ số, ví dụ C1234567 hay C 1234567)");
    public static readonly CommentMaskRule Name = new("[họ tên]", "họ tên đứng sau “tôi là”, “em là”, “mình là”, “cháu là”, “con là” (khi viết hoa chữ đầu) hoặc sau “tôi tên”, “tên tôi là”, “họ tên”, “họ và tên” (viết thế nào cũng che, tối đa 5 chữ)");
    public static readonly CommentMaskRule Address = new("[địa chỉ]", "địa chỉ có số nhà và một trong các chữ đường, phố, ngõ, ngách, hẻm, kiệt (ví dụ số 12 ngõ 34 phố Kim Mã)");
    public static readonly CommentMaskRule Phone = new("[số điện thoại]", "số điện thoại di động và cố định, viết liền, cách, chấm, gạch hay dính vào chữ (ví dụ 0912 345 678, 09 12 34 56 78, +84 912 345 678, 84 912345678, (0206) 3852 123, sdt0912345678)");
    public static readonly CommentMaskRule IdNumber = new("[số giấy tờ]", "số căn cước, chứng minh nhân dân và mọi dãy từ 9 chữ số trở lên, viết liền, cách, chấm hay gạch, trừ số tiền có ghi đơn vị như đồng, đ, VNĐ (ví dụ 001203012345, 001.203.012.345, 123 456 789)");

    /// <summary>Every rule, in the order they are applied: e-mail first (an address may hold digits), numbers last.</summary>
    public static IReadOnlyList<CommentMaskRule> Rules { get; } = [Email, DossierCode, HealthInsurance, Passport, Name, Address, Phone, IdNumber];

    /// <summary>What cannot be recognised reliably and is therefore not masked: the notice asks citizens not to write it.</summary>
    public static IReadOnlyList<string> NotMasked { get; } =
    [
        "họ tên viết không kèm các cụm ở trên (ví dụ “chị Lan quầy 2”)",
        "địa chỉ không có số nhà hay không có chữ đường, phố, ngõ, ngách, hẻm, kiệt (ví dụ “12 Lê Lợi”, “thôn Nà Cáp”)",
        "ngày sinh, biển số xe và các chi tiết khác có ít hơn 9 chữ số",
    ];

    /// <summary>The comment with every personal detail replaced by its rule's <see cref="CommentMaskRule.Replacement"/>.</summary>
    public static string Apply(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        if (comment.Length == 0)
        {
            return comment;
        }

        var text = new NormalisedComment(comment);
        MaskAll(text, EmailPattern(), Email);
        MaskAll(text, DossierPattern(), DossierCode);
        MaskAll(text, HealthInsurancePattern(), HealthInsurance);
        MaskAll(text, PassportPattern(), Passport);
        MaskAll(text, NamePattern(), Name, "name");
        MaskAll(text, AddressPattern(), Address);
        NumberRuns.Mask(text, Protected(text.Copy));
        return text.Result();
    }

    private static void MaskAll(NormalisedComment text, Regex pattern, CommentMaskRule rule, string? group = null)
    {
        foreach (var match in pattern.Matches(text.Copy).ToList())
        {
            var span = group is null ? (Group)match : match.Groups[group];
            text.Mask(span.Index, span.Length, rule.Replacement);
        }
    }

    /// <summary>Copy positions that belong to a date, a procedure code, a time or a sum with its unit: never masked as a number.</summary>
    private static bool[] Protected(string copy)
    {
        var kept = new bool[copy.Length];
        var spans = DatePattern().Matches(copy).Where(IsDate)
            .Concat(ProcedureCodePattern().Matches(copy))
            .Concat(TimePattern().Matches(copy))
            .Concat(MoneyPattern().Matches(copy));
        foreach (var m in spans)
        {
            Array.Fill(kept, true, m.Index, m.Length);
        }

        return kept;
    }

    private static bool IsDate(Match m) =>
        int.TryParse(m.Groups["day"].ValueSpan, out var day) && day is >= 1 and <= 31
        && int.TryParse(m.Groups["month"].ValueSpan, out var month) && month is >= 1 and <= 12;
}
