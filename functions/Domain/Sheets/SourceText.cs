using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Reads an editor's text file (sheet, unit.yaml, codes.yaml) strictly: whatever is on disk becomes either its
/// text or one <c>path:line:col</c> diagnostic, never an exception. A byte-order mark is dropped.
/// </summary>
public static class SourceText
{
    /// <summary>A procedure sheet is a few kilobytes; anything this large is a wrong file, not a sheet.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The file's text, or null after adding a diagnostic that says what is wrong and how to fix it.</summary>
    public static string? Read(string file, string displayPath, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(file))
            {
                diagnostics.Add(new Diagnostic(displayPath, SourcePosition.Start, Severity.Error, "đây là một thư mục, không phải tệp: hãy đổi tên hoặc chuyển những gì bên trong ra ngoài"));
                return null;
            }

            var length = new FileInfo(file).Length;
            if (length > MaxBytes)
            {
                diagnostics.Add(new Diagnostic(displayPath, SourcePosition.Start, Severity.Error,
                    $"tệp nặng {length / 1024:N0} KB, trong khi một tệp thủ tục phải nhỏ hơn {MaxBytes / 1024:N0} KB: hãy kiểm tra xem có đúng tệp không"));
                return null;
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(displayPath, SourcePosition.Start, Severity.Error, ex is UnauthorizedAccessException
                ? "không có quyền đọc tệp này: kiểm tra quyền đọc của tệp và thư mục"
                : "không đọc được tệp: kiểm tra tệp có đang mở ở chương trình khác hay bị khóa quyền đọc không"));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes UTF-8 (with or without a byte-order mark), refusing binary content and invalid bytes with their position.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, List<Diagnostic> diagnostics)
    {
        var body = bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(new Diagnostic(displayPath, PositionOf(body, nul), Severity.Error,
                "đây không phải tệp văn bản (có dữ liệu nhị phân): tệp phải là văn bản thuần, lưu với bảng mã UTF-8"));
            return null;
        }

        var chars = new char[body.Length];
        if (Utf8.ToUtf16(body, chars, out var bytesRead, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            diagnostics.Add(new Diagnostic(displayPath, PositionOf(body, bytesRead), Severity.Error,
                "ký tự này không đúng bảng mã UTF-8: lưu lại tệp với bảng mã UTF-8 (trong Notepad: Save as → Encoding: UTF-8)"));
            return null;
        }

        return new string(chars, 0, written);
    }

    /// <summary>
    /// An error for the first unpaired surrogate or Unicode noncharacter (U+FFFE, U+FDD0, ...) in text that did not
    /// come through <see cref="Decode"/>: never text, and .NET's normaliser throws on them. Null when there is none.
    /// </summary>
    public static Diagnostic? CheckCodePoints(string text, string displayPath, int firstLine = 1)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done || Surveys.SurveyComment.IsNoncharacter(rune.Value))
            {
                var line = text.AsSpan(0, i).Count('\n');
                var lineStart = i == 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
                return new Diagnostic(displayPath, firstLine + line, i - lineStart + 1, Severity.Error,
                    $"ký tự U+{(int)text[i]:X4} không phải chữ: hãy xóa nó (thường lẫn vào khi sao chép từ chương trình khác)");
            }

            i += used;
        }

        return null;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset, counting only the valid text before it.</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourcePosition(line, column);
    }
}
