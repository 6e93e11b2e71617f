namespace MotCua.Domain.Privacy;

/// <summary>One column of a table of raw events and what it holds, in plain Vietnamese, as the privacy notice says it.</summary>
/// <param name="Name">The column's name in table storage.</param>
/// <param name="Meaning">What it holds.</param>
public sealed record StoredColumn(string Name, string Meaning);

/// <summary>One table as the privacy notice describes it: the sentence that introduces it and its columns.</summary>
public sealed record StoredTable(string Heading, IReadOnlyList<StoredColumn> Columns)
{
    /// <summary>Everything the notice shows of the table, for the page's input hash.</summary>
    public string Text => Heading + "\n" + string.Join('\n', Columns.Select(c => c.Name + " " + c.Meaning));
}
