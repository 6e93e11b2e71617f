namespace MotCua.Publisher.Tests;

/// <summary>The system's English words about a file never reach the editor: the line is Vietnamese and keeps the path.</summary>
public sealed class FileTroubleTests
{
    [Theory]
    [InlineData("UnauthorizedAccess", "Access to the path '/srv/out/index.html' is denied.", "không có quyền đọc hoặc ghi '/srv/out/index.html'")]
    [InlineData("DirectoryNotFound", "Could not find a part of the path '/srv/khong-co'.", "không tìm thấy '/srv/khong-co'")]
    [InlineData("IO", "No space left on device : '/srv/out/a.html'", "không đọc hoặc ghi được tệp '/srv/out/a.html'")]
    public void A_system_message_is_said_again_in_vietnamese_with_its_path(string kind, string message, string expected)
    {
        Exception exception = kind switch
        {
            "UnauthorizedAccess" => new UnauthorizedAccessException(message),
            "DirectoryNotFound" => new DirectoryNotFoundException(message),
            _ => new IOException(message),
        };

        var line = FileTrouble.Describe(exception);

        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("path", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Our_own_vietnamese_message_is_kept_as_it_is() =>
        Assert.Equal("tệp đã thay đổi trong lúc đang dựng trang; hãy chạy lại lệnh", FileTrouble.Describe(new InvalidOperationException("tệp đã thay đổi trong lúc đang dựng trang; hãy chạy lại lệnh")));
}
