using System.Net;
using System.Net.Sockets;
using MotCua.Data;

namespace MotCua.TestSupport;

/// <summary>Connection strings with one endpoint broken while the other still works: storage failing under a live site.</summary>
public static class StorageEndpoints
{
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
        if (connectionString.Contains(StorageClientDefaults.DevelopmentStorage, StringComparison.OrdinalIgnoreCase))
        {
            connectionString = $"DefaultEndpointsProtocol=http;AccountName={AzuriteInstance.AccountName};AccountKey={AzuriteInstance.AccountKey};BlobEndpoint=http://127.0.0.1:10000/{AzuriteInstance.AccountName};TableEndpoint=http://127.0.0.1:10002/{AzuriteInstance.AccountName}";
        }

        return connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
    }
}
