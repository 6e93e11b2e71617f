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
    private const string EmulatorHint = "is the storage emulator running? ./run.sh starts it";

    /// <summary>The account a verb talks to, as its options name it (the local emulator by default).</summary>
    public static string AccountOf(VerbArgs args)
    {
        if (args.Option("--account-url") is { } url)
        {
            return url;
        }

        var connection = args.Option("--connection");
        if (connection is null || connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return "devstoreaccount1 (the local emulator on 127.0.0.1)";
        }

        var name = connection.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim().Equals("AccountName", StringComparison.OrdinalIgnoreCase));
        return name?[1] ?? "from --connection";
    }

    /// <summary>The line to print, or null when the exception is not a storage failure.</summary>
    public static string? Describe(Exception exception, string account)
    {
        var cause = FirstCause(exception);
        return cause switch
        {
            AuthenticationFailedException or CredentialUnavailableException =>
                $"no credential for storage account {account}: {FirstLine(cause.Message)} (sign in with 'az login', or use --connection)",
            RequestFailedException { Status: 0 } failed => Unreachable(account, failed.InnerException ?? failed),
            RequestFailedException { Status: 401 or 403 } failed =>
                $"storage account {account} refused the credentials ({failed.Status} {failed.ErrorCode}): check the account key in --connection, or that this identity has the role 'Storage Blob Data Contributor' and 'Storage Table Data Contributor'",
            RequestFailedException { Status: 404 } failed =>
                $"storage account {account} has no such container or table ({failed.ErrorCode}): check the account and --container, or enable the static website ($web) on the account",
            RequestFailedException failed =>
                $"storage account {account} answered {failed.Status} {failed.ErrorCode}: {FirstLine(failed.Message)}",
            HttpRequestException or SocketException => Unreachable(account, cause),
            _ => null,
        };
    }

    private static string Unreachable(string account, Exception cause) =>
        $"cannot reach storage account {account}: {FirstLine((cause.InnerException ?? cause).Message)} ({EmulatorHint}; otherwise check the address and the network)";

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
