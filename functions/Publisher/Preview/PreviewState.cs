using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Preview;

/// <summary>The outcome of the latest preview build: its number (pages carry it, to know when to reload) and its errors.</summary>
public sealed record PreviewState(long Version, IReadOnlyList<Diagnostic> Errors, TimeSpan Took)
{
    public bool Succeeded => Errors.Count == 0;
}
