using MotCua.Domain.Surveys;

namespace MotCua.Domain.Slips;

/// <summary>
/// The slip survey's wording, written once for the label, the form and the statistics. The scale is the counter
/// survey's (<see cref="SurveyChoices.Options"/>), so both kinds of answers can stand side by side; the reasons are
/// asked only after a low rating and name what citizens complain of most in one-stop offices.
/// </summary>
public static class SlipChoices
{
    /// <summary>The one line printed on every label.</summary>
    public const string LabelLine = "Quét để đánh giá việc giải quyết hồ sơ của bạn";

    /// <summary>The question above the options.</summary>
    public const string Question = "Ông/bà có hài lòng với việc giải quyết hồ sơ này không?";

    /// <summary>The option index that asks why (<c>2</c>, không hài lòng).</summary>
    public const int LowOption = 2;

    /// <summary>Asked after a low rating.</summary>
    public const string WhyQuestion = "Vì sao ông/bà không hài lòng? (có thể chọn nhiều)";

    /// <summary>Reasons for a low rating, in display order; keys are stored comma-separated.</summary>
    public static IReadOnlyList<SurveyReason> Reasons { get; } =
    [
        new("thoi-gian-cho", "Phải chờ lâu"),
        new("giay-to-thua", "Bị yêu cầu giấy tờ mà thủ tục không đòi hỏi"),
        new("di-lai", "Phải đi lại nhiều lần"),
        new("thai-do", "Thái độ của cán bộ"),
        new("khac", "Lý do khác"),
    ];

    /// <summary>Whether the rating is the low one that asks why.</summary>
    public static bool IsLow(int option) => option == LowOption;

    public static bool IsReason(string key) => Reasons.Any(r => string.Equals(r.Key, key, StringComparison.Ordinal));
}
