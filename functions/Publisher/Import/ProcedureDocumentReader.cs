using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Import;

/// <summary>
/// Finds the header fields and sections of a procedure document by their headings, wherever the layout puts them:
/// a heading paragraph ("2. THÀNH PHẦN HỒ SƠ"), a "Label: value" paragraph, or a two-column table of label | value.
/// </summary>
internal sealed class ProcedureDocumentReader
{
    private readonly Dictionary<HeaderField, string> _header = [];
    private readonly List<DocumentSection> _sections = [];
    private DocumentSection? _current;
    private HeaderField? _awaitingValue;

    public static ProcedureDocument Read(string path)
    {
        var reader = new ProcedureDocumentReader();
        reader.Walk(WordReader.Read(path));
        var code = ProcedureListReader.NormalizeCode(reader._header.GetValueOrDefault(HeaderField.Code, ""));
        if (code.Length == 0)
        {
            throw new ImportFileException($"{path}: không thấy 'Mã thủ tục' trong tài liệu; đây có phải tệp chi tiết thủ tục tải từ Cơ sở dữ liệu quốc gia về TTHC không?");
        }

        if (!SheetFormats.IsNationalCode(code))
        {
            throw new ImportFileException($"{path}: mã thủ tục '{code}' không đúng dạng d.dddddd (ví dụ 1.001193)");
        }

        if (reader._header.GetValueOrDefault(HeaderField.Title, "").Length == 0)
        {
            throw new ImportFileException($"{path}: không thấy 'Tên thủ tục' trong tài liệu");
        }

        reader._header[HeaderField.Code] = code;
        var sections = reader._sections.Where(s => s.Content.Exists(HasText)).ToList();
        if (sections.Count == 0)
        {
            throw new ImportFileException($"{path}: tài liệu không có mục nào (Trình tự thực hiện, Thành phần hồ sơ, ...) có nội dung");
        }

        return new ProcedureDocument(path, reader._header, sections);
    }

    private static bool HasText(WordBlock block) => block switch
    {
        WordParagraph paragraph => paragraph.Text.Length > 0,
        WordTable table => table.Rows.Count > 0,
        _ => false,
    };

    private void Walk(IEnumerable<WordBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case WordParagraph paragraph when paragraph.Text.Length == 0:
                    break;
                case WordParagraph paragraph when Heading(paragraph.Text) is (var key, var value):
                    Open(key, value);
                    break;
                case WordParagraph paragraph when _awaitingValue is { } field:
                    _header[field] = paragraph.Text;
                    _awaitingValue = null;
                    break;
                case WordTable table when IsLabelValueTable(table):
                    WalkLabelValueRows(table);
                    break;
                default:
                    _current?.Content.Add(block);
                    break;
            }
        }
    }

    private void WalkLabelValueRows(WordTable table)
    {
        foreach (var row in table.Rows.Where(r => r.Count >= 2))
        {
            var key = ImportHeadings.Key(row[0].Text);
            if (ProcedureHeadings.IsKnown(key))
            {
                Open(key, null);
                if (_awaitingValue is { } field)
                {
                    _header[field] = row[1].Text;
                    _awaitingValue = null;
                }
                else
                {
                    Walk(row[1].Blocks);
                }
            }
        }
    }

    private void Open(string key, string? inlineValue)
    {
        if (ProcedureHeadings.Header.TryGetValue(key, out var field))
        {
            _current = null;
            _awaitingValue = string.IsNullOrEmpty(inlineValue) ? field : null;
            if (!string.IsNullOrEmpty(inlineValue))
            {
                _header[field] = inlineValue;
            }

            return;
        }

        var heading = ProcedureHeadings.Sections[key];
        _awaitingValue = null;
        _current = _sections.Find(s => s.Heading == heading);
        if (_current is null)
        {
            _current = new DocumentSection(heading, []);
            _sections.Add(_current);
        }

        if (!string.IsNullOrEmpty(inlineValue))
        {
            _current.Content.Add(new WordParagraph(inlineValue, WordListKind.None));
        }
    }

    /// <summary>The key of a heading paragraph, and the value after its colon when it has one ("Mã thủ tục: 1.001193").</summary>
    private static (string Key, string? Value)? Heading(string text)
    {
        var whole = ImportHeadings.Key(text);
        if (ProcedureHeadings.IsKnown(whole))
        {
            return (whole, null);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && ImportHeadings.Key(text[..colon]) is var label && ProcedureHeadings.IsKnown(label))
        {
            return (label, text[(colon + 1)..].Trim());
        }

        return null;
    }

    /// <summary>A layout table (label | value), as the portal's export uses: two or more rows start with a known label.</summary>
    private static bool IsLabelValueTable(WordTable table) =>
        table.Columns >= 2 && table.Rows.Count(r => ProcedureHeadings.IsKnown(ImportHeadings.Key(r[0].Text))) >= 2;
}
