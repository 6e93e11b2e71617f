using Microsoft.Extensions.Options;
using MotCua.Data.Scans;
using MotCua.Handler.Hosting;
using MotCua.Handler.Site;

namespace MotCua.Handler.Scan;

/// <summary>What a scan endpoint needs, resolved once (a singleton) instead of six parameters per request.</summary>
public sealed class ScanServicesBundle(
    CodeDirectory codes,
    ScanEntityFactory factory,
    ScanRecorder recorder,
    ClientAddressResolver addresses,
    IOptions<ScanOptions> options)
{
    public CodeDirectory Codes { get; } = codes;

    public ScanEntityFactory Factory { get; } = factory;

    public ScanRecorder Recorder { get; } = recorder;

    public ClientAddressResolver Addresses { get; } = addresses;

    public ScanOptions Options { get; } = options.Value;
}
