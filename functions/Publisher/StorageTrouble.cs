using MotCua.Data;
using System.Net.Sockets;
using Azure;
using Azure.Identity;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher;

/// <summary>
/// Storage failures as one line an editor or an operator can act on, in Vietnamese: which account, what went wrong,
/// what to check (the SDK's English messages stay out of it).
/// The SDK's retry policy wraps repeated failures in an AggregateException; its first cause is what matters.
/// </summary>
public static class StorageTrouble
{
    private const string LocalHint = "kho trên máy này: Azurite đã chạy chưa? ./run.sh khởi động nó; kho trên Azure: kiểm tra địa chỉ và mạng";

    /// <summary>The account a verb talks to, as its options name it (the local emulator by default).</summary>
    public static string AccountOf(VerbArgs args)
    {
        if (args.Option("--account-url") is { } url)
        {
            return url;
        }

        var connection = args.Option("--connection");
        if (connection is null || connection.Contains(StorageClientDefaults.DevelopmentStorage, StringComparison.OrdinalIgnoreCase))
        {
            return "devstoreaccount1, tức Azurite trên máy này";
        }

        var name = connection.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim().Equals("AccountName", StringComparison.OrdinalIgnoreCase));
        return name?[1] ?? "trong --connection";
    }

    /// <summary>The line to print, or null when the exception is not a storage failure.</summary>
    public static string? Describe(Exception exception, string account)
    {
        var cause = FirstCause(exception);
        return cause switch
        {
            AuthenticationFailedException or CredentialUnavailableException =>
                $"chưa đăng nhập được vào kho lưu trữ {account}: đăng nhập bằng lệnh az login, hoặc dùng --connection với chuỗi kết nối có khóa",
            RequestFailedException { Status: 0 } => Unreachable(account),
            RequestFailedException { Status: 401 or 403 } failed =>
                $"kho lưu trữ {account} từ chối đăng nhập, mã {failed.Status}: kiểm tra khóa trong --connection, hoặc danh tính này đã có vai trò 'Storage Blob Data Contributor' và 'Storage Table Data Contributor' chưa",
            RequestFailedException { Status: 404 } failed =>
                $"kho lưu trữ {account} không có vùng chứa hay bảng này: kiểm tra tên kho và --container, hoặc bật trang web tĩnh (vùng chứa $web) cho kho",
            RequestFailedException failed =>
                $"kho lưu trữ {account} trả lời lỗi {failed.Status}, mã {failed.ErrorCode}: thử lại sau; nếu vẫn lỗi, báo người quản trị kèm dòng này",
            HttpRequestException or SocketException => Unreachable(account),
            _ => null,
        };
    }

    private static string Unreachable(string account) =>
        $"không kết nối được tới kho lưu trữ {account}: kho không trả lời; {LocalHint}";

    private static Exception FirstCause(Exception exception) => exception switch
    {
        AggregateException aggregate when aggregate.Flatten().InnerExceptions is [var first, ..] => FirstCause(first),
        _ => exception,
    };
}
