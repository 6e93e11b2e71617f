using System.Net.Sockets;
using System.Text;
using MotCua.Domain.Pages;

namespace MotCua.TestSupport;

/// <summary>
/// A GET with its request target written on the wire byte for byte: HttpClient resolves <c>%2e%2e</c> and <c>..</c>
/// before sending, so a test of what a server does with such a path has to bypass it.
/// </summary>
public static class RawHttp
{
    /// <summary>What the server at <paramref name="server"/> answers to <c>GET {target}</c>.</summary>
    public static async Task<RawResponse> GetAsync(Uri server, string target)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();

        // HTTP/1.0: the server closes the connection after the body, which is then sent as is, never chunked.
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.0\r\nHost: {server.Authority}\r\n\r\n"));
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        var bytes = received.ToArray();
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.ASCII.GetString(bytes, 0, end < 0 ? bytes.Length : end).Split("\r\n");
        var status = head[0].Length >= 12 && int.TryParse(head[0].AsSpan(9, 3), out var code) ? code : 0;
        var headers = head.Skip(1).Select(line => line.Split(':', 2)).Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RawResponse(status, headers, end < 0 ? [] : bytes[(end + 4)..]);
    }
}

/// <summary>A status line, its headers and the body as sent.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The body as UTF-8 text, unzipped when it was sent with <c>Content-Encoding: gzip</c>.</summary>
    public string Text => Encoding.UTF8.GetString(
        Headers.TryGetValue("Content-Encoding", out var encoding) && encoding == "gzip" ? Gzip.Decompress(Body) : Body);
}
