namespace MotCua.Domain.Scans;

/// <summary>What a request's user agent says about the reader: the device and whether a person is behind it.</summary>
/// <param name="Device">The screen class.</param>
/// <param name="IsBot">True for link previewers, crawlers, tools, HEAD requests and empty user agents.</param>
/// <param name="BotReason">A short stable key naming the rule that matched (e.g. <c>zalo-preview</c>), empty for people.</param>
public sealed record UserAgentClass(DeviceClass Device, bool IsBot, string BotReason)
{
    /// <summary>A person, on the given device.</summary>
    public static UserAgentClass Human(DeviceClass device) => new(device, IsBot: false, BotReason: string.Empty);

    /// <summary>A bot, for the given reason.</summary>
    public static UserAgentClass Bot(DeviceClass device, string reason) => new(device, IsBot: true, BotReason: reason);
}
