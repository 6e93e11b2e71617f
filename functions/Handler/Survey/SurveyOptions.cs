using System.ComponentModel.DataAnnotations;

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
}
