namespace MotCua.Publisher.Import;

/// <summary>What a paragraph of a Word document is: plain text, an item of a numbered list, or a bullet.</summary>
internal enum WordListKind
{
    None,
    Numbered,
    Bullet,
}

/// <summary>A piece of a Word document's body, in reading order.</summary>
internal abstract record WordBlock;

/// <summary>A paragraph's text (runs joined, breaks as spaces) and whether Word numbers it.</summary>
internal sealed record WordParagraph(string Text, WordListKind List) : WordBlock;

/// <summary>A cell's text on one line, and its content as blocks (a value cell may hold steps or a nested table).</summary>
internal sealed record WordCell(string Text, IReadOnlyList<WordBlock> Blocks);

/// <summary>
/// A table on its grid: every row has one cell per grid column. A cell merged down repeats its text in the rows it
/// covers; a cell merged across leaves the columns it covers empty. A row that is one cell across the whole table
/// (a case heading such as "Trường hợp 1: ...") is marked.
/// </summary>
internal sealed record WordTable(IReadOnlyList<IReadOnlyList<WordCell>> Rows, IReadOnlyList<bool> AcrossWholeTable) : WordBlock
{
    public int Columns => Rows.Count == 0 ? 0 : Rows[0].Count;
}
