using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MotCua.Publisher.Tests.Import;

/// <summary>Writes an .xlsx list with the Open XML SDK: text cells (shared strings, as Excel saves them) and merged ranges.</summary>
internal static class SpreadsheetFixture
{
    public static void Save(string path, IReadOnlyList<string[]> rows, params string[] mergedRanges)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c].Length == 0)
                {
                    continue;
                }

                if (!index.TryGetValue(rows[r][c], out var at))
                {
                    at = index[rows[r][c]] = index.Count;
                    strings.SharedStringTable.Append(new SharedStringItem(new Text(rows[r][c])));
                }

                row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.SharedString, CellValue = new CellValue(at.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
            }

            data.Append(row);
        }

        var sheet = workbook.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet(data);
        if (mergedRanges.Length > 0)
        {
            worksheet.Append(new MergeCells(mergedRanges.Select(m => new MergeCell { Reference = m })));
        }

        sheet.Worksheet = worksheet;
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Danh mục" }));
    }
}
