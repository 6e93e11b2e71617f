using System.Globalization;
using System.Runtime.CompilerServices;
using MotCua.Data;
using MotCua.Publisher.Cli;
using MotCua.Stats;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// `stats`: one aggregation and publication of the statistics, as the PublishStats timer does, on local storage.
/// Not in the native (AOT) publisher: Azure.Data.Tables binds entities by reflection and is not AOT-compatible, so the
/// native build leaves this verb's code out entirely (the branch below is removed at compile time, and with it every
/// table call) and says how to run it; the Release build and the self-contained Windows one have it.
/// </summary>
public sealed class StatsVerb(TimeProvider clock) : IVerb
{
    public const string DefaultConnection = StorageClientDefaults.DevelopmentStorage;

    public string Name => "stats";

    public string Usage => $"stats [--connection {Placeholder.Connection}] [--safety-lag {Placeholder.Seconds}]";

    public string Summary => $"Đếm lượt quét và phiếu đánh giá mới, đăng trang thống kê /stats/{Placeholder.Unit}/: index.html, stats.json, stats.csv";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var options = new StatsOptions();
        if (args.Option("--safety-lag") is { } lag)
        {
            // A smoke test or an operator counting what was scanned a moment ago; the timer keeps the default.
            options.SafetyLag = int.TryParse(lag, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= StatsOptions.MaxSafetyLag.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : throw new UsageException($"--safety-lag cần số giây nguyên từ 0 đến {StatsOptions.MaxSafetyLag.TotalSeconds:0}, không phải '{lag}'");
        }

        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            await stderr.WriteLineAsync(NativeBuild.Lacks(Name));
            return CommandLine.Failed;
        }

        return await RunOnceAsync(args.Option("--connection") ?? DefaultConnection, options, stdout, cancellationToken);
    }

    private async Task<int> RunOnceAsync(string connection, StatsOptions options, TextWriter stdout, CancellationToken cancellationToken)
    {
        var runner = StatsRunner.ForConnectionString(connection, options, clock);
        var report = await runner.RunOnceAsync(cancellationToken);
        foreach (var line in report.Lines())
        {
            await stdout.WriteLineAsync(line);
        }

        return CommandLine.Ok;
    }
}
