namespace MotCua.TestSupport.Functions;

/// <summary>
/// The clock of a process the test starts (the Functions worker): libfaketime, preloaded, starts the process's clock at
/// a moment of the test's choosing and lets it run at the machine's pace, so what the app stores is the same on any
/// day the test runs, while the process itself is the unchanged build output.
/// </summary>
public static class FakeClock
{
    private static readonly Lazy<string?> Library = new(Find);

    /// <summary>The environment that starts a process's clock at <paramref name="start"/> (UTC), running.</summary>
    public static IReadOnlyDictionary<string, string> Environment(DateTimeOffset start) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["LD_PRELOAD"] = Library.Value
            ?? throw new InvalidOperationException("libfaketime is not installed: ./test.sh installs Debian's faketime package (apt-get install faketime)."),
        ["FAKETIME"] = "@" + start.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        // Only the calendar clock moves: timeouts and timers keep the machine's monotonic clock.
        ["FAKETIME_DONT_FAKE_MONOTONIC"] = "1",
        ["TZ"] = "UTC",
    };

    private static string? Find()
    {
        foreach (var root in new[] { "/usr/lib", "/usr/local/lib" })
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            var found = Directory.EnumerateFiles(root, "libfaketime.so.1", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3, IgnoreInaccessible = true })
                .FirstOrDefault(p => !p.Contains("MT", StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
