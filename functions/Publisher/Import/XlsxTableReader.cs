using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MotCua.Publisher.Import;

/// <summary>
/// Reads the first worksheet of an .xlsx list with the Open XML SDK: shared, inline and plain values, and merged
/// cells (a field name merged down a group of rows) copied into every cell they cover.
/// </summary>
internal static class XlsxTableReader
{
    public static IReadOnlyList<TextRow> Read(string path, TimeProvider? time = null)
    {
        var limits = new ImportLimits(path, time);
        using var document = OfficeFiles.OpenSpreadsheet(path, limits);
        return OfficeFiles.Read(path, ".xlsx", limits, () => RowsOf(document, limits));
    }

    private static List<TextRow> RowsOf(SpreadsheetDocument document, ImportLimits limits)
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
            var number = (long)(row.RowIndex?.Value ?? (uint)(grid.Count + 1));
            limits.CheckRow(number);
            var cells = grid.TryGetValue((int)number, out var found) ? found : grid[(int)number] = [];
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : next;
                limits.CheckColumns(column + 1L, "trang tính");
                limits.AddCells(1);
                cells[column] = ValueOf(cell, shared);
                next = column + 1;
            }
        }

        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            CopyIntoMergedCells(merge.Reference?.Value, grid, limits);
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

    private static void CopyIntoMergedCells(string? range, SortedDictionary<int, Dictionary<int, string>> grid, ImportLimits limits)
    {
        var corners = range?.Split(':');
        if (corners is not { Length: 2 })
        {
            return;
        }

        var (top, left) = (RowOf(corners[0]), ColumnOf(corners[0]));
        var (bottom, right) = (RowOf(corners[1]), ColumnOf(corners[1]));
        // Checked before a single cell is copied: "A1:XFD1048576" is 17 billion cells.
        var area = Math.Max(0L, bottom - top + 1L) * Math.Max(0L, right - left + 1L);
        if (bottom > ImportLimits.MaxRows || right >= ImportLimits.MaxColumns || area > ImportLimits.MaxCells)
        {
            throw limits.Refusal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"vùng gộp ô {range} phủ {area:N0} ô"));
        }

        limits.AddCells(area);
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
