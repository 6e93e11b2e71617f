using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;

namespace MotCua.Publisher.Import;

/// <summary>
/// Reads the procedure list downloaded from the national database (.xlsx or .csv). Refuses, with the reason, a list
/// it cannot trust as a whole: no header row, no code column, the same code twice. Rows it cannot use are reported.
/// </summary>
internal static partial class ProcedureListReader
{
    /// <summary>How far down the header row may be: lists start with a title and the office's name above it.</summary>
    private const int HeaderSearchRows = 30;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static ProcedureList Read(string path)
    {
        var rows = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => CsvTableReader.Read(path),
            _ => XlsxTableReader.Read(path),
        };
        var filled = rows.Where(r => !r.IsEmpty).ToList();
        if (filled.Count == 0)
        {
            throw new ImportFileException($"{path}: danh sách trống, không có dòng nào; hãy tải lại danh mục thủ tục từ Cơ sở dữ liệu quốc gia về TTHC");
        }

        var header = filled.Take(HeaderSearchRows).Select(r => (Row: r, Columns: ListColumns.Find(r))).FirstOrDefault(h => h.Columns.Count >= 2);
        if (header.Row is null)
        {
            throw new ImportFileException($"{path}: không thấy dòng tiêu đề cột (cần các cột như Mã TTHC, Tên thủ tục, Lĩnh vực) trong {HeaderSearchRows} dòng đầu");
        }

        var columns = header.Columns;
        foreach (var (needed, name) in new[] { (ListColumn.Code, "Mã TTHC"), (ListColumn.Title, "Tên thủ tục") })
        {
            if (!columns.ContainsKey(needed))
            {
                throw new ImportFileException($"{path}:{header.Row.Number}: danh sách không có cột '{name}'; các cột đang có: {string.Join(", ", header.Row.Cells.Where(c => c.Trim().Length > 0).Select(c => c.Trim()))}");
            }
        }

        var list = ReadRows(path, filled.SkipWhile(r => r != header.Row).Skip(1), columns);
        RefuseDuplicates(path, list.Procedures);
        return list;
    }

    private static ProcedureList ReadRows(string path, IEnumerable<TextRow> rows, Dictionary<ListColumn, int> columns)
    {
        var procedures = new List<ListedProcedure>();
        var unreadable = new List<string>();
        var groupField = "";
        string Cell(TextRow row, ListColumn column) => columns.TryGetValue(column, out var i) ? Clean(row.Cell(i)) : "";
        foreach (var row in rows)
        {
            var texts = row.Cells.Select(Clean).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (texts.Count == 1 && !SheetFormats.IsNationalCode(NormalizeCode(texts[0])))
            {
                // A group row ("I. LĨNH VỰC HỘ TỊCH", often merged across): it names the field of the rows below.
                groupField = GroupFieldOf(texts[0]);
                continue;
            }

            var where = $"{path}:{row.Number}";
            var code = NormalizeCode(Cell(row, ListColumn.Code));
            var title = Cell(row, ListColumn.Title);
            var field = Cell(row, ListColumn.Field) is { Length: > 0 } named ? named : groupField;
            var problem = code.Length == 0 ? "không có mã TTHC"
                : !SheetFormats.IsNationalCode(code) ? $"mã TTHC '{code}' không đúng dạng d.dddddd (ví dụ 1.001193)"
                : title.Length == 0 ? $"mã {code} không có tên thủ tục"
                : TextFolding.Slug(field).Length == 0 ? $"mã {code} không có lĩnh vực"
                : null;
            if (problem is not null)
            {
                unreadable.Add($"{where}: {problem}");
                continue;
            }

            procedures.Add(new ListedProcedure(where, code, title, field)
            {
                Applicants = Cell(row, ListColumn.Applicants),
                PublishedBy = Cell(row, ListColumn.PublishedBy),
                AdministrativeLevel = Cell(row, ListColumn.AdministrativeLevel),
                Status = Cell(row, ListColumn.Status),
                Decision = Cell(row, ListColumn.Decision),
                OnlineLevel = Cell(row, ListColumn.OnlineLevel),
            });
        }

        return new ProcedureList(procedures, unreadable);
    }

    private static void RefuseDuplicates(string path, IReadOnlyList<ListedProcedure> procedures)
    {
        var duplicates = procedures.GroupBy(p => p.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        if (duplicates.Count > 0)
        {
            var lines = duplicates.Select(g => $"mã {g.Key} ở {string.Join(" và ", g.Select(p => p.Where))}");
            throw new ImportFileException($"{path}: danh sách có mã TTHC trùng nhau ({string.Join("; ", lines)}); hãy sửa danh sách rồi nhập lại, chưa ghi gì");
        }
    }

    /// <summary>Spaces collapsed, NFC, trimmed: cells copied from the portal carry line breaks and double spaces.</summary>
    public static string Clean(string text) => TextFolding.Nfc(Whitespace().Replace(text, " ").Trim());

    /// <summary>The code in canonical form; a code Excel stored as a number ("1.00119") gets its trailing zeros back.</summary>
    public static string NormalizeCode(string text)
    {
        var code = text.Trim().ToUpperInvariant();
        return ShortNumber().IsMatch(code) ? code.PadRight(8, '0') : code;
    }

    /// <summary>"I. LĨNH VỰC HỘ TỊCH" → "Hộ tịch"; a group row that names no field gives "".</summary>
    private static string GroupFieldOf(string text)
    {
        if (!ImportHeadings.Key(text).StartsWith("linh-vuc-", StringComparison.Ordinal))
        {
            return "";
        }

        var words = Clean(LeadingNumber().Replace(text, "")).Split(' ').Skip(2);
        var name = string.Join(' ', words).ToLower(Vietnamese);
        return name.Length == 0 ? "" : char.ToUpper(name[0], Vietnamese) + name[1..];
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d\.\d{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortNumber();

    [GeneratedRegex(@"^\s*(?:[IVXivx]+|\d+|[a-zA-Z])[\.\)]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
