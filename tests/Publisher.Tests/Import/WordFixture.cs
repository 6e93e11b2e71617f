using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MotCua.Publisher.Tests.Import;

/// <summary>
/// Builds a .docx as the national database exports a procedure, with the Open XML SDK. In <see cref="Table"/>, a cell
/// written "&lt;&lt;" merges into the cell on its left and "^^" into the cell above; a cell may also be a
/// <see cref="WordFixture"/> (a value cell holding paragraphs or a nested table).
/// </summary>
internal sealed class WordFixture
{
    public const string MergeLeft = "<<";
    public const string MergeUp = "^^";

    private const int NumberedList = 1;
    private const int BulletList = 2;

    private readonly List<Func<OpenXmlElement>> _content = [];

    public WordFixture Paragraph(string text) => Add(() => Para(text, bold: false, list: null));

    /// <summary>A heading as the exports write one: a bold paragraph, not a Word heading style.</summary>
    public WordFixture Heading(string text) => Add(() => Para(text, bold: true, list: null));

    public WordFixture Numbered(string text) => Add(() => Para(text, bold: false, list: NumberedList));

    public WordFixture Bullet(string text) => Add(() => Para(text, bold: false, list: BulletList));

    public WordFixture Table(params object[][] rows) => Add(() => TableOf(rows));

    public void Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(Elements()));
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            AbstractList(NumberedList, NumberFormatValues.Decimal, "%1."),
            AbstractList(BulletList, NumberFormatValues.Bullet, "•"),
            new NumberingInstance(new AbstractNumId { Val = NumberedList }) { NumberID = NumberedList },
            new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList });
    }

    private IEnumerable<OpenXmlElement> Elements() => _content.Select(c => c());

    private WordFixture Add(Func<OpenXmlElement> element)
    {
        _content.Add(element);
        return this;
    }

    private static AbstractNum AbstractList(int id, NumberFormatValues format, string text) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 })
        {
            AbstractNumberId = id,
        };

    private static Paragraph Para(string text, bool bold, int? list)
    {
        var properties = new ParagraphProperties();
        if (list is { } id)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id }));
        }

        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(properties, run);
    }

    private static Table TableOf(object[][] rows)
    {
        var columns = rows.Max(r => r.Length);
        var table = new Table(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "2000" })));
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            TableCell? last = null;
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is MergeLeft && last is not null)
                {
                    var span = last.TableCellProperties!.GridSpan ??= new GridSpan { Val = 1 };
                    span.Val = span.Val!.Value + 1;
                    continue;
                }

                var continues = rows[r][c] is MergeUp;
                var restarts = !continues && r + 1 < rows.Length && c < rows[r + 1].Length && rows[r + 1][c] is MergeUp;
                var properties = new TableCellProperties();
                if (continues || restarts)
                {
                    properties.Append(new VerticalMerge { Val = restarts ? MergedCellValues.Restart : MergedCellValues.Continue });
                }

                last = new TableCell(properties);
                IEnumerable<OpenXmlElement> content = rows[r][c] switch
                {
                    WordFixture inner => inner.Elements().Append(new Paragraph()),
                    string text when !continues => new[] { Para(text, bold: false, list: null) },
                    _ => new[] { new Paragraph() },
                };
                last.Append(content);
                row.Append(last);
            }

            table.Append(row);
        }

        return table;
    }
}
