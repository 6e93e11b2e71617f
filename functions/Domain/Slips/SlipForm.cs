using System.Globalization;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Slips;

/// <summary>The answer of a slip form, or what was wrong with it.</summary>
public sealed record SlipFormResult(SlipFormValues Values, IReadOnlyList<SurveyFieldError> Errors, SlipAnswer? Answer);

/// <summary>
/// Reads a slip form's <c>application/x-www-form-urlencoded</c> body: <c>unit</c> (hidden: the office the page was
/// opened for, which must be the slip's), <c>option</c>, <c>reasons</c> (kept only with a low rating: a box ticked,
/// then a better rating chosen, is not a complaint) and <c>comment</c> (cleaned as the counter survey's, then masked).
/// Never throws, whatever the bytes.
/// </summary>
public static class SlipForm
{
    /// <summary>Why an answer naming another office is refused: a slip counts only for the office that printed it.</summary>
    public const string OtherUnitMessage = "Phiếu này do đơn vị khác in ra nên không dùng để đánh giá đơn vị này được; vui lòng quét lại mã trên phiếu.";

    private const string GeneralField = "form";

    /// <summary>Parses <paramref name="body"/>; the answer only when everything is right and the office is the slip's.</summary>
    /// <param name="body">The form's bytes.</param>
    /// <param name="slipUnit">The office that printed the slip; null when storage could not say (the values are only shown again, with the office posted).</param>
    public static SlipFormResult Parse(ReadOnlySpan<byte> body, string? slipUnit)
    {
        var errors = new List<SurveyFieldError>();
        var fields = body.Length > SurveyLimits.MaxBodyBytes ? null : FormUrlDecoder.Decode(body, SurveyLimits.MaxFields + 1);
        if (fields is null || fields.Count > SurveyLimits.MaxFields)
        {
            errors.Add(new(GeneralField, body.Length > SurveyLimits.MaxBodyBytes ? SurveyForm.TooLargeMessage : "Nội dung gửi không đọc được; vui lòng gửi lại từ trang đánh giá."));
            return new(new SlipFormValues(), errors, null);
        }

        string Single(string name) => fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.Ordinal)).Value ?? "";
        var unit = Single("unit").Trim();
        var optionText = Single("option").Trim();
        var (comment, commentError) = SurveyComment.Clean(Single("comment"));
        var reasonValues = fields.Where(f => string.Equals(f.Key, "reasons", StringComparison.Ordinal)).Select(f => f.Value.Trim()).ToList();

        if (slipUnit is not null && !string.Equals(unit, slipUnit, StringComparison.Ordinal))
        {
            errors.Add(new(GeneralField, OtherUnitMessage));
        }

        int? option = null;
        for (var i = 0; i < SurveyChoices.Options.Count; i++)
        {
            if (optionText == i.ToString(CultureInfo.InvariantCulture))
            {
                option = i;
            }
        }

        if (option is null)
        {
            errors.Add(new("option", optionText.Length == 0
                ? "Vui lòng chọn một mức: rất hài lòng, hài lòng hoặc không hài lòng."
                : "Mức hài lòng không hợp lệ; vui lòng chọn lại."));
        }

        if (reasonValues.Count > SurveyLimits.MaxReasons || reasonValues.Any(r => r.Length > 0 && !SlipChoices.IsReason(r)))
        {
            errors.Add(new("reasons", "Có lý do không nằm trong danh sách; vui lòng chọn lại."));
        }

        if (commentError is not null)
        {
            errors.Add(new("comment", commentError));
        }

        var reasons = SlipChoices.Reasons.Select(r => r.Key).Where(k => reasonValues.Contains(k, StringComparer.Ordinal)).ToList();
        var values = new SlipFormValues { Unit = slipUnit ?? unit, Option = option?.ToString(CultureInfo.InvariantCulture) ?? "", Reasons = reasons, Comment = comment };
        if (errors.Count > 0 || option is not { } rating || slipUnit is null)
        {
            return new(values, errors, null);
        }

        // Masked here, so no path to storage sees a phone or ID number; the form sent back keeps what was typed.
        return new(values, errors, new SlipAnswer(rating, SlipChoices.IsLow(rating) ? reasons : [], CommentMask.Apply(comment)));
    }
}
