using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MotCua.Publisher.Import;

/// <summary>
/// Reads the first worksheet of an .xlsx list with the Open XML SDK: shared, inline and plain values, and merged
/// cells (a field name merged down a group of rows) copied into every cell they cover.
/// </summary>
internal static class XlsxTableReader
{
    public static IReadOnlyList<TextRow> Read(string path)
    {
        using var document = OfficeFiles.OpenSpreadsheet(path);
        return OfficeFiles.Read(path, ".xlsx", () => RowsOf(document));
    }

    private static List<TextRow> RowsOf(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        var first = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is not { } worksheet)
        {
            return [];
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            var number = (int)(row.RowIndex?.Value ?? (uint)(grid.Count + 1));
            var cells = grid.TryGetValue(number, out var found) ? found : grid[number] = [];
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : next;
                cells[column] = ValueOf(cell, shared);
                next = column + 1;
            }
        }

        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            CopyIntoMergedCells(merge.Reference?.Value, grid);
        }

        return grid.Select(r => new TextRow(r.Key, Enumerable.Range(0, r.Value.Count == 0 ? 0 : r.Value.Keys.Max() + 1)
            .Select(c => r.Value.GetValueOrDefault(c, "")).ToList())).ToList();
    }

    private static string ValueOf(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index >= 0 && index < shared.Length ? shared[index] : raw;
    }

    private static void CopyIntoMergedCells(string? range, SortedDictionary<int, Dictionary<int, string>> grid)
    {
        var corners = range?.Split(':');
        if (corners is not { Length: 2 })
        {
            return;
        }

        var (top, left) = (RowOf(corners[0]), ColumnOf(corners[0]));
        var (bottom, right) = (RowOf(corners[1]), ColumnOf(corners[1]));
        var value = grid.TryGetValue(top, out var topRow) ? topRow.GetValueOrDefault(left, "") : "";
        for (var r = top; r <= bottom; r++)
        {
            var cells = grid.TryGetValue(r, out var found) ? found : grid[r] = [];
            for (var c = left; c <= right; c++)
            {
                cells[c] = value;
            }
        }
    }

    /// <summary>Zero-based column of a reference such as "AB12".</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), out var row) ? row : 0;
}
