using System.Collections.Concurrent;
using MotCua.Domain.Text;

namespace MotCua.Handler.Scan;

/// <summary>
/// Scans this process could not record, per Vietnam-local day. Kept in memory because the table it
/// reports to is the storage that just failed; <see cref="ScanFailureReporter"/> writes it out when
/// storage answers again.
/// </summary>
public sealed class ScanFailureCounter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _byDate = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Changes with every failure, so the reporter writes only when there is news.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>All failures since start, every day together.</summary>
    public long Total => _byDate.Values.Sum();

    public void Increment() => Add(1);

    /// <summary>Counts <paramref name="lost"/> scans at once (what a stop could not write); zero changes nothing.</summary>
    public void Add(long lost)
    {
        if (lost <= 0)
        {
            return;
        }

        _byDate.AddOrUpdate(VietnamTime.DateKey(time.GetUtcNow()), lost, (_, count) => count + lost);
        Interlocked.Increment(ref _version);
    }

    /// <summary>Failures since start, per date key <c>yyyyMMdd</c>.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_byDate, StringComparer.Ordinal);
}
