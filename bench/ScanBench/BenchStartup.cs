using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MotCua.Bench.ScanBench;

/// <summary>
/// Start-up as the host sees it: from the worker process's start (the host stand-in's "Worker process N started" line)
/// to the first answer of a URL through the stand-in, and the worker's resident memory then; median of several runs.
/// </summary>
internal static partial class BenchStartup
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    /// <summary><c>startup URL RUNS [KEY=VALUE ...] -- EXECUTABLE [ARGS ...]</c></summary>
    public static async Task<int> RunAsync(string url, int runs, string[] rest)
    {
        var split = Array.IndexOf(rest, "--");
        var environment = rest[..split];
        var command = rest[(split + 1)..];
        var times = new List<double>();
        var memory = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (ms, rssMb) = await OnceAsync(url, environment, command);
            times.Add(ms);
            memory.Add(rssMb);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup_ms={Median(times):F0} rss_mb={Median(memory):F0} runs={runs}"));
        return 0;
    }

    private static async Task<(double Ms, double RssMb)> OnceAsync(string url, string[] environment, string[] command)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command[1..])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var pair in environment)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            start.Environment[pair[..at]] = pair[(at + 1)..];
        }

        var workerStarted = new TaskCompletionSource<(long Timestamp, int Pid)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && WorkerStarted().Match(line) is { Success: true } match)
            {
                workerStarted.TrySetResult((Stopwatch.GetTimestamp(), int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)));
            }
        };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            var (started, pid) = await workerStarted.Task.WaitAsync(GiveUpAfter);
            while (Stopwatch.GetElapsedTime(started) < GiveUpAfter)
            {
                try
                {
                    using var response = await client.GetAsync(url);
                    if ((int)response.StatusCode < 500)
                    {
                        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, RssMb(pid));
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(PollEvery);
            }

            throw new TimeoutException($"{url} did not answer within {GiveUpAfter.TotalSeconds} s of the worker's start");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static double RssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [GeneratedRegex(@"Worker process (\d+) started")]
    private static partial Regex WorkerStarted();
}
