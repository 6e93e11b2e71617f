namespace MotCua.Domain.Slips;

/// <summary>A valid answer to a slip: the rating, the reasons of a low rating, the comment already masked.</summary>
public sealed record SlipAnswer(int Option, IReadOnlyList<string> Reasons, string Comment);

/// <summary>What a slip form sent, as it may be shown again (escaped when rendered).</summary>
public sealed record SlipFormValues
{
    public string Unit { get; init; } = "";
    public string Option { get; init; } = "";
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public string Comment { get; init; } = "";
}
