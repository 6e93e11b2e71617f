using MotCua.Bench.ScanBench;

// scanbench VERB ...: each verb prints one line of results that scan.sh puts in its table.
return args.FirstOrDefault() switch
{
    "seed" => await BenchStorage.SeedAsync(args[1]),
    "insert" => await BenchStorage.InsertRateAsync(args[1], TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
    "count" => await BenchStorage.CountScansAsync(args[1]),
    "load" => await BenchLoad.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture)),
    "startup" => await BenchStartup.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: scanbench seed CONNECTION
               scanbench insert CONNECTION SECONDS CONCURRENCY
               scanbench count CONNECTION
               scanbench load URL BROWSER_REQUESTS BOT_REQUESTS CONCURRENCY
               scanbench startup URL RUNS [KEY=VALUE ...] -- HOST_STAND_IN [ARGS ...]
        """);
    return 2;
}
