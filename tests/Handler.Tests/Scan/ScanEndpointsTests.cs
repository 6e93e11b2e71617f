using System.Net;
using System.Net.Http.Headers;
using MotCua.Handler.Hosting;
using MotCua.Handler.Tests.Hosting;

namespace MotCua.Handler.Tests.Scan;

public sealed class ScanEndpointsTests : IClassFixture<ScanApp>
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Zalo android/12100657 ZaloTheme/light ZaloLanguage/vi";
    private static readonly IPAddress Citizen = IPAddress.Parse("2402:800:62cd:d2df:cddf:bb7d:f3d7:7390");

    private readonly ScanApp _app;
    private readonly string _prefix;

    public ScanEndpointsTests(ScanApp app)
    {
        _app = app;
        _prefix = app.TakePrefix();
    }

    private (string Procedure, string Retired, string NoOnline) Codes => ScanTestSite.Codes(_prefix);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? userAgent = Phone)
    {
        using var request = new HttpRequestMessage(method, path);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.Referrer = new Uri("https://zalo.me/g/abcdef?secret=1");

        // As Front Door sends it: the address its socket saw.
        request.Headers.TryAddWithoutValidation(ForwardingOptions.FrontDoorSocketIp, Citizen.ToString());
        return await _app.App.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_scan_answers_the_page_itself_never_cached_whatever_the_case_of_the_code()
    {
        using var upper = await SendAsync(HttpMethod.Get, $"/s/{Codes.Procedure}");
        using var lower = await SendAsync(HttpMethod.Get, $"/s/{Codes.Procedure.ToLowerInvariant()}");

        foreach (var response in new[] { upper, lower })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(ScanTestSite.ProcedureTitle, await ResponseText.ReadAsync(response), StringComparison.Ordinal);
            Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.True(response.Headers.CacheControl is { NoCache: true, Private: true }, $"Cache-Control: {response.Headers.CacheControl}");
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }

        var stored = await ScanTable.WaitForAsync(_app.ConnectionString, Codes.Procedure, 2);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, e => Assert.Equal("scan", e.GetString("Event")));
    }

    [Fact]
    public async Task A_stored_scan_has_every_contract_property_and_nothing_raw()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/s/{Codes.Procedure}");

        var entity = Assert.Single(await ScanTable.WaitForAsync(_app.ConnectionString, Codes.Procedure, 1));
        Assert.Equal("procedure", entity.GetString("Kind"));
        Assert.Equal("tp-cao-bang/ho-tich/dang-ky-khai-sinh", entity.GetString("Target"));
        Assert.Equal("board-ho-tich", entity.GetString("Placement"));
        Assert.Equal("tp-cao-bang", entity.GetString("Unit"));
        Assert.Equal("mobile", entity.GetString("Device"));
        Assert.False(entity.GetBoolean("IsBot"));
        Assert.Equal("", entity.GetString("BotReason"));
        Assert.Equal("zalo.me", entity.GetString("Referrer"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", entity.GetString("LocalTime"));
        Assert.False(entity.ContainsKey("Visitor"), "no statistic counts scans by visitor, so none is kept");
        var values = entity.Select(p => p.Value?.ToString() ?? "").ToList();
        Assert.DoesNotContain(values, v => v.Contains("2402:800", StringComparison.Ordinal) || v.Contains("Mozilla", StringComparison.Ordinal) || v.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_code_gets_the_vietnamese_not_found_page_linking_home_and_is_not_stored()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/s/{_prefix}X");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await ResponseText.ReadAsync(response);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        await WriterHasCaughtUpAsync();
        Assert.Empty(await ScanTable.ReadAsync(_app.ConnectionString, $"{_prefix}X"));
    }

    [Theory]
    [InlineData("ab/cd")]
    [InlineData("a%20b")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_malformed_code_gets_the_not_found_page(string code)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/s/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_retired_code_answers_its_retired_page_and_is_counted()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/s/{Codes.Retired}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ScanTestSite.RetiredTitle, await ResponseText.ReadAsync(response), StringComparison.Ordinal);
        Assert.Single(await ScanTable.WaitForAsync(_app.ConnectionString, Codes.Retired, 1));
    }

    [Fact]
    public async Task A_head_request_is_answered_without_a_body_and_stored_as_a_bot()
    {
        using var response = await SendAsync(HttpMethod.Head, $"/s/{Codes.Procedure}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var entity = Assert.Single(await ScanTable.WaitForAsync(_app.ConnectionString, Codes.Procedure, 1));
        Assert.True(entity.GetBoolean("IsBot"));
        Assert.Equal("head", entity.GetString("BotReason"));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Zalo/1.0; +https://zalo.me)", true, "zalo")]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", true, "facebook")]
    [InlineData("Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)", true, "coccoc")]
    [InlineData(null, true, "empty")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/140.0.0 Chrome/140.0.0.0 Safari/537.36", false, "")]
    public async Task The_bot_flag_is_stored_with_its_reason(string? userAgent, bool isBot, string reason)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/s/{Codes.Procedure}", userAgent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entity = Assert.Single(await ScanTable.WaitForAsync(_app.ConnectionString, Codes.Procedure, 1));
        Assert.Equal(isBot, entity.GetBoolean("IsBot"));
        Assert.Equal(reason, entity.GetString("BotReason"));
    }

    [Fact]
    public async Task A_portal_click_is_counted_then_redirected_to_the_online_service_never_cached()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/go/{Codes.Procedure.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(ScanTestSite.OnlineUrl, response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        var entity = Assert.Single(await ScanTable.WaitForAsync(_app.ConnectionString, Codes.Procedure, 1));
        Assert.Equal("portal", entity.GetString("Event"));
    }

    [Fact]
    public async Task A_portal_click_without_an_online_service_or_code_gets_the_not_found_page()
    {
        using var noOnline = await SendAsync(HttpMethod.Get, $"/go/{Codes.NoOnline}");
        using var unknown = await SendAsync(HttpMethod.Get, $"/go/{_prefix}X");

        Assert.Equal(HttpStatusCode.NotFound, noOnline.StatusCode);
        Assert.Contains("href=\"/tp-cao-bang/\"", await ResponseText.ReadAsync(noOnline), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await WriterHasCaughtUpAsync();
        Assert.Empty(await ScanTable.ReadAsync(_app.ConnectionString, Codes.NoOnline));
    }

    /// <summary>
    /// A scan sent after the requests under test, waited for until stored: anything those requests had buffered
    /// would have gone out in the same round or an earlier one, so a missing row now means none was kept.
    /// </summary>
    private async Task WriterHasCaughtUpAsync()
    {
        using var marker = await SendAsync(HttpMethod.Get, $"/s/{Codes.Procedure}");
        Assert.Single(await ScanTable.WaitForAsync(_app.ConnectionString, Codes.Procedure, 1));
    }
}
