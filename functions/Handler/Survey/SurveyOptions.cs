using System.ComponentModel.DataAnnotations;
using MotCua.Domain.Surveys;

namespace MotCua.Handler.Survey;

/// <summary>Settings of <c>POST /api/survey</c> (configuration section <c>Survey</c>).</summary>
public sealed class SurveyOptions
{
    public const string Section = "Survey";

    /// <summary>
    /// How long a citizen waits for storage before getting the "try again" page. A write takes
    /// milliseconds when storage is well; waiting out every retry would only keep a 2G phone hanging.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan StorageTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Answers per visitor hash, counter and day before later ones are flagged <c>rate</c>. Citizens behind
    /// one carrier NAT with the same phone browser share a visitor hash, so a busy office may raise it.
    /// </summary>
    [Range(1, 1000)]
    public int MaxAnswersPerVisitorCounterDay { get; set; } = SurveyLimits.MaxAnswersPerVisitorCounterDay;
}
