using System.Text.RegularExpressions;

namespace MotCua.Publisher;

/// <summary>
/// A file that could not be read or written, as one Vietnamese line: our own messages already are; the system's
/// (English, such as "Access to the path … is denied") are said again with the path they name and what to check.
/// </summary>
public static partial class FileTrouble
{
    public static string Describe(Exception exception)
    {
        if (VietnameseLetter().IsMatch(exception.Message))
        {
            return exception.Message;
        }

        var path = QuotedPath().Match(exception.Message) is { Success: true } match ? $" '{match.Groups[1].Value}'" : "";
        return exception switch
        {
            UnauthorizedAccessException => $"không có quyền đọc hoặc ghi{path}: kiểm tra quyền của thư mục, hoặc tệp có đang chỉ cho đọc không",
            FileNotFoundException or DirectoryNotFoundException => $"không tìm thấy{path}: kiểm tra lại đường dẫn",
            _ => $"không đọc hoặc ghi được tệp{path}: kiểm tra tệp có đang mở ở chương trình khác không, và đĩa còn chỗ trống không",
        };
    }

    [GeneratedRegex("[à-ỹđĐ]")]
    private static partial Regex VietnameseLetter();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}
