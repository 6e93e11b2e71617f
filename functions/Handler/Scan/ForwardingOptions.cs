using System.Net;
using Microsoft.Extensions.Options;

namespace MotCua.Handler.Scan;

/// <summary>
/// Which proxies may tell the handler the client's address (section <c>Forwarding</c>). With no
/// trusted proxy, forwarding headers are ignored: anyone can send them, and a forged address would
/// forge visitors.
/// </summary>
public sealed class ForwardingOptions
{
    public const string Section = "Forwarding";

    /// <summary>CIDR ranges (or single addresses) of the proxies in front of the handler, e.g. <c>127.0.0.1/32</c>.</summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>The header the trusted proxies set: <c>X-Forwarded-For</c>, or Front Door's <c>X-Azure-ClientIP</c>.</summary>
    public string Header { get; set; } = "X-Forwarded-For";

    /// <summary>The parsed ranges; entries that do not parse are left out (validation reports them).</summary>
    public IReadOnlyList<IPNetwork> Networks() =>
        TrustedProxies.Select(p => TryParse(p, out var network) ? network : (IPNetwork?)null).OfType<IPNetwork>().ToList();

    internal static bool TryParse(string text, out IPNetwork network)
    {
        text = text.Trim();
        if (IPNetwork.TryParse(text, out network))
        {
            return true;
        }

        if (IPAddress.TryParse(text, out var single))
        {
            network = new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return false;
    }
}

/// <summary>Rejects at start-up a trusted-proxy entry that is not an address or a CIDR range, naming it.</summary>
public sealed class ForwardingOptionsValidator : IValidateOptions<ForwardingOptions>
{
    public ValidateOptionsResult Validate(string? name, ForwardingOptions options)
    {
        var bad = options.TrustedProxies.Where(p => !ForwardingOptions.TryParse(p, out _)).ToList();
        if (bad.Count > 0)
        {
            return ValidateOptionsResult.Fail($"Forwarding:TrustedProxies: '{string.Join("', '", bad)}' is not an address or a CIDR range such as 10.0.0.0/8.");
        }

        return string.IsNullOrWhiteSpace(options.Header)
            ? ValidateOptionsResult.Fail("Forwarding:Header must name a header, e.g. X-Forwarded-For.")
            : ValidateOptionsResult.Success;
    }
}
