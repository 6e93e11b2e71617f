using System.Runtime.InteropServices;
using MotCua.HostStandIn;

// The Functions host stand-in: runs the Functions app's build output as the host does (see StandInHost).
//   hoststandin --app DIR [--urls http://127.0.0.1:7071] [--quiet] [--show-dropped-logs] [--no-timers]
// The worker gets this process's environment (the app settings) and AzureWebJobsStorage (default: the emulator).
// Ctrl-C or SIGTERM stop the worker as the host does: the terminate message, 5 s of grace, then a kill.
if (StandInCommandLine.Parse(args, Environment.GetEnvironmentVariable("AzureWebJobsStorage")) is not { } options)
{
    Console.Error.WriteLine(StandInCommandLine.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

StandInHost host;
try
{
    host = await StandInHost.StartAsync(options.Host, StandInCommandLine.Logging(options.Quiet), stop.Token);
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or OperationCanceledException)
{
    Console.Error.WriteLine($"hoststandin: {ex.Message}");
    return 1;
}

await using (host)
{
    var exited = await Task.WhenAny(host.WorkerExited, Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => 0, TaskScheduler.Default)) == host.WorkerExited;
    var stopped = await host.StopAsync();
    return exited || stopped.Killed ? 1 : 0;
}
