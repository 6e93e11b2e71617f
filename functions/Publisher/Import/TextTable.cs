namespace MotCua.Publisher.Import;

/// <summary>One row of a spreadsheet or CSV file: its 1-based row number in the file (for file:row messages) and its cells.</summary>
internal sealed record TextRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : "";

    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}
