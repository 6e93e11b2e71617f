using System.Collections.Concurrent;
using MotCua.Handler.Hosting;
using MotCua.Handler.Tests.Hosting;

namespace MotCua.Handler.Tests.Scan;

/// <summary>
/// The test site with codes for many tests (each takes a prefix of its own, so the scans it counts are its own), and
/// the app reading the client's address as it does in Azure, from Front Door's <c>X-Azure-SocketIP</c>.
/// </summary>
public sealed class ScanApp : AppFixture
{
    private const int Prefixes = 32;

    private readonly ConcurrentQueue<string> _unused = new(Enumerable.Range(0, Prefixes).Select(_ => ScanTestSite.NewPrefix()));
    private readonly IReadOnlyList<string> _all;

    public ScanApp() => _all = [.. _unused];

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [KeyValuePair.Create("Forwarding:ClientAddressHeader", ForwardingOptions.FrontDoorSocketIp)];

    /// <summary>A prefix no other test has taken.</summary>
    public string TakePrefix() => _unused.TryDequeue(out var prefix) ? prefix : throw new InvalidOperationException($"more than {Prefixes} tests took a prefix");

    protected override Task SeedAsync(string connectionString) => ScanTestSite.SeedAsync(connectionString, "$web", _all);
}
