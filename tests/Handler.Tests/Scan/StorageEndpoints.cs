using System.Net;
using System.Net.Sockets;

namespace MotCua.Handler.Tests.Scan;

/// <summary>Connection strings with one endpoint broken while the other still works: storage failing under a live site.</summary>
internal static class StorageEndpoints
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The same account with its table endpoint moved to <paramref name="port"/> on loopback.</summary>
    public static string WithTablePort(string connectionString, int port) => WithPort(connectionString, "TableEndpoint", port);

    /// <summary>The same account with its blob endpoint moved to <paramref name="port"/> on loopback.</summary>
    public static string WithBlobPort(string connectionString, int port) => WithPort(connectionString, "BlobEndpoint", port);

    private static string WithPort(string connectionString, string endpoint, int port)
    {
        var parts = Parse(connectionString);
        parts[endpoint] = $"http://127.0.0.1:{port}/{parts["AccountName"]}";
        return string.Join(';', parts.Select(p => $"{p.Key}={p.Value}")) + ";";
    }

    /// <summary>A loopback port nothing listens on: connections are refused at once.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Dictionary<string, string> Parse(string connectionString)
    {
        if (connectionString.Contains(DevelopmentStorage, StringComparison.OrdinalIgnoreCase))
        {
            connectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1";
        }

        return connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A "storage" that accepts connections and never answers: the slowest failure there is.</summary>
internal sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _accepted = [];
    private readonly CancellationTokenSource _stop = new();

    public SilentServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_accepted)
        {
            _accepted.ForEach(s => s.Dispose());
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                lock (_accepted)
                {
                    _accepted.Add(socket);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
