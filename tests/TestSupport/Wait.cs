using System.Diagnostics;
using Xunit;

namespace MotCua.TestSupport;

/// <summary>
/// Waits for a fact a test can check, instead of sleeping for a time that stands for it. The patience bounds a hang
/// on a loaded machine; it is no speed limit, and a fact still missing at its end fails the test by name.
/// </summary>
public static class Wait
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public static async Task UntilAsync(Func<bool> fact, string what, TimeSpan? patience = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var watch = Stopwatch.StartNew();
        while (!fact() && watch.Elapsed < (patience ?? Patience))
        {
            await Task.Delay(Poll);
        }

        Assert.True(fact(), $"not so within {(patience ?? Patience).TotalSeconds} s: {what}");
    }
}
