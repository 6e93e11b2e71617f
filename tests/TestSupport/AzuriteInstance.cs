using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MotCua.TestSupport;

/// <summary>
/// A private Azurite process (in memory, free ports, no <c>--loose</c>, no <c>--skipApiVersionCheck</c>) that a test
/// may stop and start again on the same ports to see how code behaves while storage is down.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private const int MaxOutputChars = 16 * 1024;

    // Runs Azurite under a shell that stops it when the test host dies without disposing us
    // (killed run, crash), so no orphaned emulator keeps memory on a shared machine.
    private const string ParentWatch =
        """
        parent=$1; shift
        "$@" & child=$!
        while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
        kill "$child" 2>/dev/null
        wait "$child"
        """;

    /// <summary>Azurite's well-known development account (published in its README).</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key (published in its README; not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly int[] _ports;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteInstance(int blobPort, int queuePort, int tablePort)
    {
        _ports = [blobPort, queuePort, tablePort];
        BlobEndpoint = new Uri($"http://127.0.0.1:{blobPort}/{AccountName}");
        TableEndpoint = new Uri($"http://127.0.0.1:{tablePort}/{AccountName}");
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
            + $"BlobEndpoint={BlobEndpoint};QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};TableEndpoint={TableEndpoint};";
    }

    public string ConnectionString { get; }

    public Uri BlobEndpoint { get; }

    public Uri TableEndpoint { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a new instance on free ports and waits until all three services answer.</summary>
    public static async Task<AzuriteInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInstalledAsync(cancellationToken);
        var ports = FreePorts(3);
        var instance = new AzuriteInstance(ports[0], ports[1], ports[2]);
        await instance.StartProcessAsync(cancellationToken);
        return instance;
    }

    /// <summary>Starts the stopped instance again on the same ports (its in-memory data is gone).</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default) =>
        IsRunning ? Task.CompletedTask : StartProcessAsync(cancellationToken);

    /// <summary>Stops the process tree; connections to its ports are refused afterwards.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
            return;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill.
        }
        finally
        {
            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "-c", ParentWatch, "azurite-watch", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RepositoryPaths.AzuriteExecutable,
            "--inMemoryPersistence", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", Port(0),
            "--queueHost", "127.0.0.1", "--queuePort", Port(1),
            "--tableHost", "127.0.0.1", "--tablePort", Port(2),
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        try
        {
            await WaitForPortsAsync(process, cancellationToken);
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    private async Task WaitForPortsAsync(Process process, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        foreach (var port in _ports)
        {
            while (!await AnswersAsync(port, cancellationToken))
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"Azurite exited during start-up (code {process.ExitCode}):\n{Output()}");
                if (waited.Elapsed > StartTimeout)
                    throw new TimeoutException($"Azurite did not answer on 127.0.0.1:{port} within {StartTimeout.TotalSeconds:0}s:\n{Output()}");
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(RepositoryPaths.AzuriteExecutable))
                return;
            var install = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            install.ArgumentList.Add(RepositoryPaths.AzuriteScript);
            install.ArgumentList.Add("install");
            using var process = Process.Start(install) ?? throw new InvalidOperationException("Could not start bash to install Azurite.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0 || !File.Exists(RepositoryPaths.AzuriteExecutable))
            {
                throw new InvalidOperationException(
                    $"Azurite is not installed and 'infra/local/azurite.sh install' failed (exit {process.ExitCode}); Node.js and npm are required.\n{await stdout}{await stderr}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    // Bind port 0 to let the OS pick; all listeners stay open until every port is chosen so none repeats.
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private string Port(int index) => _ports[index].ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Capture(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            if (_output.Length < MaxOutputChars)
                _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
            return _output.ToString();
    }
}
