using System.Diagnostics;

namespace MotCua.Bench.ScanBench;

/// <summary>An exact number of scans, browsers and bots mixed, so the stored count can be compared with it.</summary>
internal static class BenchLoad
{
    private static readonly string[] Browsers =
    [
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Zalo android/12100657 ZaloTheme/light ZaloLanguage/vi",
    ];

    private static readonly string[] Bots =
    [
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
    ];

    public static async Task<int> RunAsync(string url, int browsers, int bots, int concurrency)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = concurrency });
        var agents = Enumerable.Range(0, browsers).Select(i => Browsers[i % Browsers.Length])
            .Concat(Enumerable.Range(0, bots).Select(i => Bots[i % Bots.Length])).ToArray();
        var next = -1;
        long ok = 0, failed = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < agents.Length)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("User-Agent", agents[i]);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                if ((int)response.StatusCode is 200 or 302)
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        Console.WriteLine($"sent={agents.Length} answered={ok} failed={failed} bots_sent={bots} seconds={watch.Elapsed.TotalSeconds:F2}");
        return failed == 0 ? 0 : 1;
    }
}
