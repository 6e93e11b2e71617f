using System.Globalization;
using MotCua.Stats;

namespace MotCua.Publisher.Verbs;

/// <summary>`stats`: one aggregation and publication of the statistics, as the PublishStats timer does.</summary>
public sealed class StatsVerb(TimeProvider clock) : IVerb
{
    public const string DefaultConnection = "UseDevelopmentStorage=true";

    public string Name => "stats";

    public string Usage => "stats [--connection CONN] [--safety-lag SECONDS]";

    public string Summary => "count new scans and answers, publish /stats/<unit>/ (index.html, stats.json, stats.csv)";

    public async Task<int> RunAsync(VerbArgs args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Positional.Count > 0)
        {
            await stderr.WriteLineAsync($"error: unexpected argument '{args.Positional[0]}'");
            await stderr.WriteLineAsync($"usage: publisher {Usage}");
            return CommandLine.Usage;
        }

        var options = new StatsOptions();
        if (args.Option("--safety-lag") is { } lag)
        {
            // A smoke test or an operator counting what was scanned a moment ago; the timer keeps the default.
            options.SafetyLag = int.TryParse(lag, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= StatsOptions.MaxSafetyLag.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : throw new UsageException($"--safety-lag takes whole seconds from 0 to {StatsOptions.MaxSafetyLag.TotalSeconds:0}, not '{lag}'");
        }

        var runner = StatsRunner.ForConnectionString(args.Option("--connection") ?? DefaultConnection, options, clock);
        var report = await runner.RunOnceAsync(cancellationToken);
        foreach (var line in report.Lines())
        {
            await stdout.WriteLineAsync(line);
        }

        return CommandLine.Ok;
    }
}
