using System.Diagnostics;
using System.Globalization;

namespace MotCua.HostStandIn.Worker;

/// <summary>
/// The worker process, started as the Functions host starts it: the command of <c>worker.config.json</c> in the app
/// folder, the host's gRPC address and ids on the command line, the host's environment plus the app's directories.
/// Its console output is the host's "console log" of the function app.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    /// <summary>The host's default (RpcWorkerConstants.DefaultMaxMessageLengthBytes); the worker refuses to start without one.</summary>
    private const int MaxMessageLength = int.MaxValue;

    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Completes with the exit code when the process has exited, however it ended.</summary>
    public Task<int> Exited => _exited.Task;

    public static WorkerProcess Start(StandInOptions options, Uri hostEndpoint, string workerId, Action<string, bool> console)
    {
        var config = WorkerConfig.Read(options.AppDirectory);
        var requestId = Guid.NewGuid().ToString();
        var start = new ProcessStartInfo(config.ExecutablePath)
        {
            WorkingDirectory = options.AppDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var length = MaxMessageLength.ToString(CultureInfo.InvariantCulture);
        foreach (var argument in new[]
        {
            Path.Combine(options.AppDirectory, config.WorkerPath),
            "--host", hostEndpoint.Host, "--port", hostEndpoint.Port.ToString(CultureInfo.InvariantCulture),
            "--workerId", workerId, "--requestId", requestId, "--grpcMaxMessageLength", length,
            "--functions-uri", hostEndpoint.AbsoluteUri, "--functions-worker-id", workerId,
            "--functions-request-id", requestId, "--functions-grpc-max-message-length", length,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = options.AppDirectory;
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = options.AppDirectory;
        start.Environment["AzureWebJobsStorage"] = options.StorageConnectionString;
        foreach (var (name, value) in options.WorkerEnvironment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) console(e.Data, false); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) console(e.Data, true); };
        process.Exited += (_, _) => worker.OnExited();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Ends the process at once (after the grace period, as the host does).</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited in the meantime.
        }
    }

    public void Dispose()
    {
        if (!_exited.Task.IsCompleted)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void OnExited()
    {
        // Let the output readers finish the last lines before the exit is reported.
        _process.WaitForExit();
        _exited.TrySetResult(_process.ExitCode);
    }
}
