namespace MotCua.Domain.Surveys;

/// <summary>A reason a citizen may tick, stored by its key.</summary>
public sealed record SurveyReason(string Key, string Label);

/// <summary>
/// The survey's wording, written once for the form, the counter poster and the statistics: its questions,
/// answers and reasons. Answers are stored as the option's index, so a wider
/// scale can be added later at the end without changing what stored indexes mean.
/// </summary>
public static class SurveyChoices
{
    /// <summary>The question shown above the options.</summary>
    public const string Question = "Ông/bà có hài lòng với việc giải quyết thủ tục tại quầy này không?";

    /// <summary>The shorter question printed above a counter poster's QR, read from a few steps away.</summary>
    public const string PosterQuestion = "Ông/bà có hài lòng với sự phục vụ tại quầy này không?";

    /// <summary>Option labels by stored index: 0 rất hài lòng, 1 hài lòng, 2 không hài lòng.</summary>
    public static IReadOnlyList<string> Options { get; } = ["Rất hài lòng", "Hài lòng", "Không hài lòng"];

    /// <summary>Reasons in display order; keys are stored comma-separated.</summary>
    public static IReadOnlyList<SurveyReason> Reasons { get; } =
    [
        new("thai-do", "Thái độ phục vụ"),
        new("thoi-gian-cho", "Thời gian chờ"),
        new("huong-dan", "Hướng dẫn rõ ràng"),
        new("co-so-vat-chat", "Cơ sở vật chất"),
    ];

    public static bool IsReason(string key) =>
        Reasons.Any(r => string.Equals(r.Key, key, StringComparison.Ordinal));
}
