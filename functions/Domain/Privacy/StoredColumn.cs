namespace MotCua.Domain.Privacy;

/// <summary>One column of a table of raw events and what it holds, in plain Vietnamese, as the privacy notice says it.</summary>
/// <param name="Name">The column's name in table storage.</param>
/// <param name="Meaning">What it holds.</param>
public sealed record StoredColumn(string Name, string Meaning);
