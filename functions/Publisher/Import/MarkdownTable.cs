using System.Text;

namespace MotCua.Publisher.Import;

/// <summary>
/// A Word table as Markdown pipe tables. A row that is one cell across the whole table names a case
/// ("Trường hợp 1: ..."): it becomes a bold line and the table starts again under it with the same header row.
/// </summary>
internal static class MarkdownTable
{
    public static string Render(WordTable table, string indent)
    {
        var chunks = new List<string>();
        IReadOnlyList<WordCell>? header = null;
        var body = new StringBuilder();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (table.AcrossWholeTable[i])
            {
                Flush(chunks, header, body, indent);
                chunks.Add(indent + "**" + MarkdownText.Inline(row[0].Text) + "**");
            }
            else if (header is null)
            {
                header = row;
            }
            else
            {
                body.Append(indent).Append(Line(row)).Append('\n');
            }
        }

        Flush(chunks, header, body, indent);
        if (header is not null && chunks.Count > 0 && !chunks[^1].Contains('|', StringComparison.Ordinal))
        {
            // The table ended on a case line, or had only a header: show the header so the case has its columns.
            chunks.Add(indent + Line(header) + "\n" + indent + Separator(header.Count));
        }

        return string.Join("\n\n", chunks);
    }

    private static void Flush(List<string> chunks, IReadOnlyList<WordCell>? header, StringBuilder body, string indent)
    {
        if (header is null || body.Length == 0)
        {
            return;
        }

        chunks.Add(indent + Line(header) + "\n" + indent + Separator(header.Count) + "\n" + body.ToString().TrimEnd('\n'));
        body.Clear();
    }

    private static string Line(IReadOnlyList<WordCell> row) =>
        "| " + string.Join(" | ", row.Select(c => c.Text.Length == 0 ? " " : MarkdownText.Cell(c.Text))) + " |";

    private static string Separator(int columns) => "|" + string.Concat(Enumerable.Repeat(" --- |", columns));
}
