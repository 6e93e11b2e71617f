using System.Text;

namespace MotCua.Publisher.Import;

/// <summary>
/// Reads a CSV list as saved by Excel or LibreOffice: UTF-8 with or without a BOM, ';' or ',' between cells (whichever
/// the first line uses more), quoted cells with doubled quotes and line breaks inside.
/// </summary>
internal static class CsvTableReader
{
    public static IReadOnlyList<TextRow> Read(string path)
    {
        var limits = new ImportLimits(path);
        if (new FileInfo(path).Length > ImportLimits.MaxCharactersInPart * 2)
        {
            throw limits.Refusal($"tệp CSV nặng {new FileInfo(path).Length / 1_000_000:N0} MB");
        }

        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException($"{path}: tệp CSV không phải chữ UTF-8 (chữ Việt sẽ bị lỗi); trong Excel chọn Lưu thành \"CSV UTF-8\" rồi nhập lại");
        }

        var separator = SeparatorOf(text);
        var rows = new List<TextRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add(new TextRow(rowStart, [.. cells]));
                cells.Clear();
                line++;
                rowStart = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add(new TextRow(rowStart, [.. cells]));
        }

        return rows;
    }

    private static char SeparatorOf(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
    }
}
