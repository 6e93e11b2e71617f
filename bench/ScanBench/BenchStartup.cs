using System.Diagnostics;
using System.Globalization;

namespace MotCua.Bench.ScanBench;

/// <summary>Process start to the first answer of a URL, and the resident memory then; median of several runs.</summary>
internal static class BenchStartup
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string executable, string url, int runs, string[] environment)
    {
        var times = new List<double>();
        var memory = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (ms, rssMb) = await OnceAsync(executable, url, environment);
            times.Add(ms);
            memory.Add(rssMb);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup_ms={Median(times):F0} rss_mb={Median(memory):F0} runs={runs}"));
        return 0;
    }

    private static async Task<(double Ms, double RssMb)> OnceAsync(string executable, string url, string[] environment)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var pair in environment)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            start.Environment[pair[..at]] = pair[(at + 1)..];
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < GiveUpAfter)
            {
                try
                {
                    using var response = await client.GetAsync(url);
                    var ms = watch.Elapsed.TotalMilliseconds;
                    return (ms, RssMb(process.Id));
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(PollEvery);
                }
            }

            throw new TimeoutException($"{executable} did not answer {url} within {GiveUpAfter.TotalSeconds} s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
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
}
