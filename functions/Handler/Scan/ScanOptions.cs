using System.ComponentModel.DataAnnotations;

namespace MotCua.Handler.Scan;

/// <summary>How a scan is answered and recorded (configuration section <c>Scan</c>).</summary>
public sealed class ScanOptions
{
    public const string Section = "Scan";

    /// <summary>How long the citizen's answer may wait for the scan's write; past it the answer goes out and the write finishes alone.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:05")]
    public TimeSpan WriteBudget { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// How long a write may run (in the background, past the budget) before it is given up and counted
    /// as lost. Generous on purpose: a write cut off after storage received it would be stored and
    /// counted lost both, and a late write costs the citizen nothing.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(30);

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
