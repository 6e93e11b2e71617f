using MotCua.Publisher;

// Ctrl+C ends `serve` and lets a long `publish` stop between uploads instead of mid-write.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await CommandLine.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, stop.Token);
