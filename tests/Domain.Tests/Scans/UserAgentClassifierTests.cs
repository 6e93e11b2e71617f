using MotCua.Domain.Scans;

namespace MotCua.Domain.Tests.Scans;

public sealed class UserAgentClassifierTests
{
    // Real user-agent strings as the apps and browsers send them.
    public static TheoryData<string, string, string, string> People => new()
    {
        { "Android Chrome", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36", "mobile", "" },
        { "iPhone Safari", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "mobile", "" },
        { "Zalo in-app browser on Android", "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Zalo android/12100657 ZaloTheme/light ZaloLanguage/vi", "mobile", "" },
        { "Zalo in-app browser on iPhone", "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/502 ZaloTheme/light ZaloLanguage/vn", "mobile", "" },
        { "Facebook in-app browser", "Mozilla/5.0 (Linux; Android 13; RMX3630 Build/TP1A.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/460.0.0.48.109;]", "mobile", "" },
        { "iPad Safari", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "tablet", "" },
        { "Android tablet", "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", "tablet", "" },
        { "Windows Chrome", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "desktop", "" },
        { "Cốc Cốc browser", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/140.0.0 Chrome/140.0.0.0 Safari/537.36", "desktop", "" },
        { "CUBOT phone", "Mozilla/5.0 (Linux; Android 9; CUBOT_P30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.58 Mobile Safari/537.36", "mobile", "" },
        { "KaiOS feature phone", "Mozilla/5.0 (Mobile; LYF/F300B/LYF-F300B-001-01-15-130718-i; Android; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5", "mobile", "" },
    };

    public static TheoryData<string, string, string> Bots => new()
    {
        { "Zalo link previewer", "Mozilla/5.0 (compatible; Zalo/1.0; +https://zalo.me)", "zalo" },
        { "Facebook crawler", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "facebook" },
        { "Facebot", "Facebot/1.0", "facebook" },
        { "Telegram", "TelegramBot (like TwitterBot)", "telegram" },
        { "Slack unfurler", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "slack" },
        { "Slack image proxy", "Slack-ImgProxy (+https://api.slack.com/robots)", "slack" },
        { "Skype", "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com", "skype" },
        { "WhatsApp", "WhatsApp/2.23.20.0 A", "whatsapp" },
        { "Twitter / X", "Twitterbot/1.0", "twitter" },
        { "Discord", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", "discord" },
        { "LinkedIn", "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)", "linkedin" },
        { "Line", "Mozilla/5.0 (compatible; Linespider/1.1; +https://lin.ee/4dwXkTH)", "line" },
        { "Googlebot smartphone", "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "google" },
        { "bingbot", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "bing" },
        { "Cốc Cốc crawler", "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)", "coccoc" },
        { "Yandex", "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", "yandex" },
        { "Baidu", "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", "baidu" },
        { "Ahrefs", "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "ahrefs" },
        { "Semrush", "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)", "semrush" },
        { "Applebot", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)", "apple" },
        { "an unknown crawler", "ExampleCrawler/2.1 (+https://example.org/crawler)", "generic" },
        { "an unknown bot", "Mozilla/5.0 (compatible; SomeNewBot/1.0)", "generic" },
        { "a previewer", "Mozilla/5.0 (compatible; LinkPreview/1.0)", "generic" },
        { "curl", "curl/8.5.0", "tool" },
        { "wget", "Wget/1.21.4", "tool" },
        { "python-requests", "python-requests/2.32.3", "tool" },
        { "Go", "Go-http-client/2.0", "tool" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public void A_person_is_not_a_bot_and_gets_the_device_of_their_screen(string who, string userAgent, string device, string reason)
    {
        var result = UserAgentClassifier.Classify(userAgent);

        Assert.False(result.IsBot, who);
        Assert.Equal(reason, result.BotReason);
        Assert.Equal(device, result.Device.Name());
    }

    [Theory]
    [MemberData(nameof(Bots))]
    public void A_previewer_crawler_or_tool_is_a_bot_with_its_reason(string what, string userAgent, string reason)
    {
        var result = UserAgentClassifier.Classify(userAgent);

        Assert.True(result.IsBot, what);
        Assert.Equal(reason, result.BotReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_user_agent_is_a_bot(string? userAgent)
    {
        var result = UserAgentClassifier.Classify(userAgent);

        Assert.True(result.IsBot);
        Assert.Equal("empty", result.BotReason);
    }

    [Fact]
    public void A_head_request_from_a_browser_string_is_a_bot()
    {
        var result = UserAgentClassifier.Classify("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", isHeadRequest: true);

        Assert.True(result.IsBot);
        Assert.Equal("head", result.BotReason);
        Assert.Equal(DeviceClass.Mobile, result.Device);
    }

    [Fact]
    public void The_googlebot_smartphone_crawler_is_a_mobile_bot()
    {
        var result = UserAgentClassifier.Classify("Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");

        Assert.Equal(DeviceClass.Mobile, result.Device);
        Assert.True(result.IsBot);
    }
}
