using System.Globalization;
using MotCua.Domain.Codes;
using MotCua.Domain.Scans;
using MotCua.Domain.Text;

namespace MotCua.Data.Scans;

/// <summary>Turns a request for a code into the row stored for it: keys and classification, nothing raw.</summary>
public sealed class ScanEntityFactory(TimeProvider time)
{
    public ScanEntity Create(CodeEntry entry, ScanEvent scanEvent, ScanRequest request)
    {
        var now = time.GetUtcNow();
        var random = (uint)Random.Shared.NextInt64(0, 1L << 32);
        var agent = UserAgentClassifier.Classify(request.UserAgent, request.IsHead);
        return new ScanEntity
        {
            PartitionKey = ScanKeys.PartitionKey(now, ScanKeys.ShardOf(random)),
            RowKey = ScanKeys.RowKey(now, random),
            Event = scanEvent.Name(),
            Code = entry.Code,
            Kind = entry.Kind.Name(),
            Target = entry.Target,
            Placement = entry.Placement,
            Unit = entry.Unit,
            LocalTime = VietnamTime.Format(now),
            LocalDate = VietnamTime.Date(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Device = agent.Device.Name(),
            IsBot = agent.IsBot,
            BotReason = agent.BotReason,
            Referrer = ReferrerHost(request.Referrer),
        };
    }

    /// <summary>Only the host of an http(s) referrer is kept: a path or query could carry personal data.</summary>
    public static string ReferrerHost(string? referrer) =>
        Uri.TryCreate(referrer, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.Host
            : string.Empty;
}
