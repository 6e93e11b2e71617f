using MotCua.Publisher;
using MotCua.TestSupport;

namespace MotCua.Browser.Tests.Harness;

/// <summary>
/// `publisher serve SITE --port 0` run as an editor runs it, through the command line, until disposed. Its clock is the
/// tests' fixed date, moved on in step with real time so that the save debounce fires.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly FakeTimeProvider _clock = TestClock.Create();
    private Task<int>? _run;
    private Task? _ticker;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>How serve's first line starts, before the preview's address.</summary>
    private const string ServingLine = "đang xem trước tại ";

    public LineWriter Output { get; } = new();

    public static async Task<ServeProcess> StartAsync(string siteDir)
    {
        var serve = new ServeProcess();
        serve._ticker = serve.TickAsync();
        serve._run = Task.Run(() => CommandLine.RunAsync(["serve", siteDir, "--port", "0"], serve.Output, serve.Output, serve._clock, serve._stop.Token));
        var serving = await serve.Output.WaitForAsync(ServingLine).WaitAsync(TimeSpan.FromSeconds(60));
        serve.Address = new Uri(serving[ServingLine.Length..].Split(' ')[0]);
        return serve;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        var code = await _run!;
        await _ticker!;
        _stop.Dispose();
        Assert.True(code == CommandLine.Ok, Output.ToString());
    }

    private async Task TickAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(Tick, CancellationToken.None);
            _clock.Advance(Tick);
        }
    }
}
