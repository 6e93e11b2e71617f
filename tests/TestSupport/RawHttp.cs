using System.Net.Sockets;
using System.Text;

namespace MotCua.TestSupport;

/// <summary>
/// A GET with its request target written on the wire byte for byte: HttpClient resolves <c>%2e%2e</c> and <c>..</c>
/// before sending, so a test of what a server does with such a path has to bypass it.
/// </summary>
public static class RawHttp
{
    /// <summary>The status code the server at <paramref name="server"/> answers to <c>GET {target}</c>.</summary>
    public static async Task<int> GetStatusAsync(Uri server, string target)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return statusLine.Length >= 12 && int.TryParse(statusLine.AsSpan(9, 3), out var status) ? status : 0;
    }
}
