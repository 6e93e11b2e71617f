using System.ComponentModel.DataAnnotations;

namespace MotCua.Handler.Scan;

/// <summary>How a scan is answered and recorded (configuration section <c>Scan</c>).</summary>
public sealed class ScanOptions
{
    public const string Section = "Scan";

    /// <summary>
    /// Longest a scan waits in memory before its batch goes out. Shorter costs more transactions at low
    /// rates; at saturation batches fill to 100 long before it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan BatchInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Scans held in memory while storage is slow or down. The default holds a 60 s outage at 1,000 scans/s
    /// (about 40 MB); a scan that finds the buffer full is counted lost in <c>scanfailures</c>.
    /// </summary>
    [Range(100, 1_000_000)]
    public int BufferCapacity { get; set; } = 60_000;

    /// <summary>
    /// How long one batch may take on the network before it is retried. A batch not stored within it is stored under
    /// new keys of its own time, so keep it well under the statistics' safety lag.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest pause between attempts while storage is down; the pause doubles up to it from a fifth of a second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// At a stop, how long the buffer may take to reach storage; what is left then is counted lost. The Functions host
    /// kills the worker 5 s after asking it to stop, and the loss must still be reported after the drain.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:00:02")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How often counts of lost scans are written to <c>scanfailures</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FailureReportInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Answer a scan with the page itself (<see cref="ScanAnswer.Page"/>) or with a same-origin 302.</summary>
    public ScanAnswer Answer { get; set; } = ScanAnswer.Page;
}

/// <summary>How <c>GET /s/{code}</c> answers.</summary>
public enum ScanAnswer
{
    /// <summary>200 with the page's stored bytes: no extra round trip.</summary>
    Page,

    /// <summary>A same-origin 302 to the page's path, never cached.</summary>
    Redirect,
}
