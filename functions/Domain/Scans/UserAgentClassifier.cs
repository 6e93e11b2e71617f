using System.Text.RegularExpressions;

namespace MotCua.Domain.Scans;

/// <summary>
/// Tells people from machines, and phones from computers, by the user agent alone. Link previewers
/// matter most here: a QR link pasted into Zalo or Facebook is fetched by the app's server before
/// any person opens it, and those fetches must not count as citizens' scans. In-app browsers are
/// people (Zalo's and Facebook's embedded browsers add their own token to a normal browser string),
/// so each previewer rule is written not to catch its app's browser.
/// </summary>
public static partial class UserAgentClassifier
{
    /// <summary>Reason for a request with no user agent at all: no browser sends none.</summary>
    public const string EmptyReason = "empty";

    /// <summary>Reason for a HEAD request: browsers open a page with GET; link checkers probe with HEAD.</summary>
    public const string HeadReason = "head";

    /// <summary>Reason for a user agent that only the generic words (bot, crawler, spider, preview) give away.</summary>
    public const string GenericReason = "generic";

    /// <summary>Known machines: a token of their user agent (case-insensitive) and the reason key stored.</summary>
    private static readonly (string Token, string Reason)[] KnownBots =
    [
        // Link previewers of the messaging and social apps people share QR links in.
        ("facebookexternalhit", "facebook"),
        ("Facebot", "facebook"),
        ("meta-externalagent", "facebook"),
        ("TelegramBot", "telegram"),
        ("Slackbot", "slack"),
        ("Slack-ImgProxy", "slack"),
        ("SkypeUriPreview", "skype"),
        ("WhatsApp/", "whatsapp"),
        ("Twitterbot", "twitter"),
        ("Discordbot", "discord"),
        ("LinkedInBot", "linkedin"),
        ("Viber", "viber"),
        ("line-poker", "line"),
        ("Linespider", "line"),

        // Search engines, Vietnam's own Cốc Cốc first among them.
        ("coccocbot", "coccoc"),
        ("Googlebot", "google"),
        ("Google-InspectionTool", "google"),
        ("AdsBot-Google", "google"),
        ("bingbot", "bing"),
        ("YandexBot", "yandex"),
        ("Baiduspider", "baidu"),
        ("AhrefsBot", "ahrefs"),
        ("SemrushBot", "semrush"),
        ("Applebot", "apple"),

        // Scripts and tools.
        ("curl/", "tool"),
        ("Wget/", "tool"),
        ("python-requests", "tool"),
        ("python-urllib", "tool"),
        ("Go-http-client", "tool"),
        ("node-fetch", "tool"),
        ("HeadlessChrome", "headless"),
    ];

    /// <summary>
    /// Zalo's in-app browser appends "Zalo android/…" or "Zalo iOS/…" and "ZaloTheme/…" to the
    /// phone's browser string; anything else naming Zalo is its server fetching a link preview.
    /// </summary>
    private static readonly string[] ZaloBrowserTokens = ["Zalo android/", "Zalo iOS/", "ZaloTheme/"];

    public static UserAgentClass Classify(string? userAgent, bool isHeadRequest = false)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return UserAgentClass.Bot(DeviceClass.Desktop, EmptyReason);
        }

        var device = DeviceOf(userAgent);
        var reason = BotReasonOf(userAgent);
        if (reason is not null)
        {
            return UserAgentClass.Bot(device, reason);
        }

        return isHeadRequest ? UserAgentClass.Bot(device, HeadReason) : UserAgentClass.Human(device);
    }

    private static string? BotReasonOf(string userAgent)
    {
        foreach (var (token, reason) in KnownBots)
        {
            if (userAgent.Contains(token, StringComparison.OrdinalIgnoreCase))
            {
                return reason;
            }
        }

        if (userAgent.Contains("Zalo", StringComparison.OrdinalIgnoreCase)
            && !Array.Exists(ZaloBrowserTokens, t => userAgent.Contains(t, StringComparison.OrdinalIgnoreCase)))
        {
            return "zalo";
        }

        return GenericBotWords().IsMatch(userAgent) ? GenericReason : null;
    }

    private static DeviceClass DeviceOf(string userAgent)
    {
        bool Has(string token) => userAgent.Contains(token, StringComparison.OrdinalIgnoreCase);

        if (Has("iPad") || Has("Tablet"))
        {
            return DeviceClass.Tablet;
        }

        if (Has("Android"))
        {
            // Android phones say "Mobile"; Android tablets leave it out (Google's own guidance).
            return Has("Mobile") ? DeviceClass.Mobile : DeviceClass.Tablet;
        }

        return Has("iPhone") || Has("iPod") || Has("Mobi") || Has("Opera Mini") || Has("KAIOS") || Has("Windows Phone")
            ? DeviceClass.Mobile
            : DeviceClass.Desktop;
    }

    // "bot" as a word ending (Googlebot, robot, bot/1.0) but not the phone brand CUBOT.
    [GeneratedRegex(@"(?<!cu)bot(?![a-z])|crawl|spider|preview|scraper", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericBotWords();
}
