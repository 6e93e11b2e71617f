using MotCua.Data;
using System.Net.Sockets;
using Azure;
using Azure.Identity;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher;

/// <summary>
/// Storage failures as one line an editor or an operator can act on: which account, what went wrong, what to check.
/// The SDK's retry policy wraps repeated failures in an AggregateException; its first cause is what matters.
/// </summary>
public static class StorageTrouble
{
    private const string EmulatorHint = "trình giả lập lưu trữ (emulator) đã chạy chưa? ./run.sh khởi động nó";

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
            return "devstoreaccount1 (emulator trên máy này, 127.0.0.1)";
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
                $"không có thông tin đăng nhập cho tài khoản lưu trữ {account}: {FirstLine(cause.Message)} (đăng nhập bằng 'az login', hoặc dùng --connection)",
            RequestFailedException { Status: 0 } failed => Unreachable(account, failed.InnerException ?? failed),
            RequestFailedException { Status: 401 or 403 } failed =>
                $"tài khoản lưu trữ {account} từ chối thông tin đăng nhập ({failed.Status} {failed.ErrorCode}): kiểm tra khóa tài khoản trong --connection, hoặc danh tính này đã có vai trò 'Storage Blob Data Contributor' và 'Storage Table Data Contributor' chưa",
            RequestFailedException { Status: 404 } failed =>
                $"tài khoản lưu trữ {account} không có container hoặc bảng này ({failed.ErrorCode}): kiểm tra tên tài khoản và --container, hoặc bật static website ($web) cho tài khoản",
            RequestFailedException failed =>
                $"tài khoản lưu trữ {account} trả lời {failed.Status} {failed.ErrorCode}: {FirstLine(failed.Message)}",
            HttpRequestException or SocketException => Unreachable(account, cause),
            _ => null,
        };
    }

    private static string Unreachable(string account, Exception cause) =>
        $"không kết nối được tài khoản lưu trữ {account}: {FirstLine((cause.InnerException ?? cause).Message)} ({EmulatorHint}; nếu không, kiểm tra địa chỉ và mạng)";

    private static Exception FirstCause(Exception exception) => exception switch
    {
        AggregateException aggregate when aggregate.Flatten().InnerExceptions is [var first, ..] => FirstCause(first),
        _ => exception,
    };

    private static string FirstLine(string message)
    {
        var line = message.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).ToString();
    }
}
