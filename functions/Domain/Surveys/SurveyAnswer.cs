namespace MotCua.Domain.Surveys;

/// <summary>A validated survey answer, ready to be keyed and stored.</summary>
public sealed record SurveyAnswer
{
    public required string Unit { get; init; }

    /// <summary>The counter's slug within <see cref="Unit"/>.</summary>
    public required string Counter { get; init; }

    /// <summary>Index into <see cref="SurveyChoices.Options"/>.</summary>
    public required int Option { get; init; }

    /// <summary>Distinct known reason keys, in display order.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>NFC, cleaned by <see cref="SurveyComment"/> (at most 500 text elements), then masked by <see cref="CommentMask"/>; "" when none.</summary>
    public string Comment { get; init; } = "";

    /// <summary>A procedure key (<c>unit/field/slug</c>) of the same unit, or "".</summary>
    public string Procedure { get; init; } = "";

    /// <summary>
    /// The page script's random id, or "" when JavaScript was off. Only its hash is stored (the row key, see
    /// <c>SurveyKeys</c>): that is enough to store a re-sent answer once.
    /// </summary>
    public string ClientId { get; init; } = "";

    /// <summary>The hidden <c>website</c> field was filled in: people never see it, robots do.</summary>
    public bool HoneypotFilled { get; init; }
}

/// <summary>A problem with one form field, in words a citizen understands.</summary>
public sealed record SurveyFieldError(string Field, string Message);

/// <summary>
/// What the citizen sent, decoded and made safe to show again (control characters removed), so a
/// form sent back with errors keeps what was typed. Values here are not validated.
/// </summary>
public sealed record SurveyFormValues
{
    public string Counter { get; init; } = "";
    public string Option { get; init; } = "";
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public string Comment { get; init; } = "";
    public string Procedure { get; init; } = "";

    /// <summary>Kept only when well-formed, so a resubmission of a corrected form is not refused again.</summary>
    public string ClientId { get; init; } = "";
}

/// <summary>The outcome of reading a form: either <see cref="Answer"/> or at least one error.</summary>
public sealed record SurveyFormResult(SurveyFormValues Values, IReadOnlyList<SurveyFieldError> Errors, SurveyAnswer? Answer)
{
    public bool IsValid => Answer is not null;
}
