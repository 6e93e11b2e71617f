using System.Net;

namespace MotCua.Domain.Scans;

/// <summary>What the handler knows of one scan request; none of it is stored as it is.</summary>
/// <param name="Client">The client address (after trusted forwarding), or null when unknown.</param>
/// <param name="UserAgent">The User-Agent header, or null.</param>
/// <param name="Referrer">The Referer header, or null.</param>
/// <param name="IsHead">True for a HEAD request.</param>
public sealed record ScanRequest(IPAddress? Client, string? UserAgent, string? Referrer, bool IsHead = false);
