using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MotCua.Publisher.Import;

/// <summary>Reads a .docx body into <see cref="WordBlock"/>s with the Open XML SDK: paragraphs with their list kind, tables with merged cells resolved.</summary>
internal sealed class WordReader
{
    private readonly NumberingDefinitionsPart? _numbering;
    private readonly ImportLimits _limits;

    private WordReader(NumberingDefinitionsPart? numbering, ImportLimits limits)
    {
        _numbering = numbering;
        _limits = limits;
    }

    public static List<WordBlock> Read(string path, TimeProvider? time = null)
    {
        var limits = new ImportLimits(path, time);
        using var document = OfficeFiles.OpenWord(path, limits);
        return OfficeFiles.Read(path, ".docx", limits, () =>
        {
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null ? [] : new WordReader(document.MainDocumentPart!.NumberingDefinitionsPart, limits).BlocksOf(body);
        });
    }

    private List<WordBlock> BlocksOf(OpenXmlElement container)
    {
        var blocks = new List<WordBlock>();
        foreach (var element in container.Elements())
        {
            _limits.CheckTime();
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(new WordParagraph(TextOf(paragraph), ListKindOf(paragraph)));
                    break;
                case Table table:
                    blocks.Add(TableOf(table));
                    break;
                case SdtBlock content when content.SdtContentBlock is { } inner:
                    blocks.AddRange(BlocksOf(inner));
                    break;
            }
        }

        return blocks;
    }

    private WordTable TableOf(Table table)
    {
        var rows = new List<List<WordCell>>();
        var cellCounts = new List<int>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<WordCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = (long)(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                // Checked before the span is laid out: gridSpan="2147483647" would be two billion cells.
                _limits.CheckColumns(cells.Count + span, "một dòng của bảng");
                _limits.AddCells(Math.Max(1, span));
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var above = rows.Count > 0 && cells.Count < rows[^1].Count ? rows[^1][cells.Count] : null;
                cells.Add(continues && above is not null ? above : new WordCell(CellText(cell), BlocksOf(cell)));
                for (var i = 1; i < span; i++)
                {
                    cells.Add(new WordCell("", []));
                }
            }

            rows.Add(cells);
            cellCounts.Add(row.Elements<TableCell>().Count());
        }

        var width = Math.Max(table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Take(ImportLimits.MaxColumns + 1).Count() ?? 0, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        _limits.CheckColumns(width, "một bảng");
        _limits.AddCells((long)width * rows.Count);
        foreach (var row in rows)
        {
            row.AddRange(Enumerable.Repeat(new WordCell("", []), width - row.Count));
        }

        return new WordTable(rows, cellCounts.Select(count => count == 1 && width > 1).ToList());
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<Paragraph>().Select(TextOf).Where(t => t.Length > 0));

    private static string TextOf(Paragraph paragraph)
    {
        var parts = paragraph.Descendants().Select(e => e switch
        {
            Text text => text.Text,
            TabChar or Break or CarriageReturn => " ",
            _ => null,
        });
        return ProcedureListReader.Clean(string.Concat(parts));
    }

    private WordListKind ListKindOf(Paragraph paragraph)
    {
        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
        if (numbering?.NumberingId?.Val?.Value is not { } id || id == 0)
        {
            return WordListKind.None;
        }

        var level = numbering.NumberingLevelReference?.Val?.Value ?? 0;
        var definitions = _numbering?.Numbering;
        var abstractId = definitions?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id)?.AbstractNumId?.Val?.Value;
        var format = definitions?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
        return format == NumberFormatValues.Bullet ? WordListKind.Bullet : WordListKind.Numbered;
    }
}
