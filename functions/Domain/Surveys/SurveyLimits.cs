namespace MotCua.Domain.Surveys;

/// <summary>Limits the survey endpoint enforces; the form's <c>maxlength</c> uses the same numbers.</summary>
public static class SurveyLimits
{
    /// <summary>A full answer with a 500-character Vietnamese comment, percent-encoded, is about 3 KB.</summary>
    public const int MaxBodyBytes = 4096;

    /// <summary>Text elements after NFC (see <see cref="SurveyComment"/>).</summary>
    public const int MaxCommentLength = 500;

    /// <summary>More <c>reasons</c> values than this is not a person ticking boxes.</summary>
    public const int MaxReasons = 10;

    /// <summary>Name=value pairs in one body; the form has fewer than twenty.</summary>
    public const int MaxFields = 40;

    /// <summary>Bounds of a <c>client_id</c> (the script writes 32 hex digits); its letters are <c>A-Z a-z 0-9 _ -</c>.</summary>
    public const int MinClientIdLength = 16;

    /// <inheritdoc cref="MinClientIdLength"/>
    public const int MaxClientIdLength = 64;

    /// <summary>Answers per visitor hash, counter and day before later ones are flagged as misuse.</summary>
    public const int MaxAnswersPerVisitorCounterDay = 5;

    /// <summary>Without a client id, one visitor's identical answers inside such a window count once.</summary>
    public const int DuplicateWindowMinutes = 10;
}
