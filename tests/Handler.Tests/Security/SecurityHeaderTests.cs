using System.Net;
using System.Net.Http.Headers;
using MotCua.Domain.Pages;
using MotCua.Domain.Surveys;
using MotCua.TestSupport;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Security;

/// <summary>
/// Every answer of every function, good or bad, carries the security headers of <c>infra/security-headers.json</c>:
/// HSTS, nosniff, a referrer policy, no framing. A 400 that echoes its input is text that never sniffs into HTML.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecurityHeaderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private HostileSite _site = null!;

    public async Task InitializeAsync() => _site = await HostileSite.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    /// <summary>Each route's answers: method, path (<c>{P}</c> is the test's code prefix), status.</summary>
    public static TheoryData<string, string, int> Answers => new()
    {
        { "GET", "/s/{P}G", 200 },
        { "HEAD", "/s/{P}G", 200 },
        { "GET", "/s/NOSUCHCODE", 404 },
        { "GET", "/s/<script>", 404 },
        { "GET", "/go/{P}G", 302 },
        { "GET", "/go/{P}H", 404 },
        { "GET", "/go/NOSUCHCODE", 404 },
        { "GET", "/api/qr/{P}G.svg", 404 },
        { "GET", "/api/qr/KS3A9Z.gif", 400 },
        { "GET", "/api/qr/%3Cscript%3Ealert(1)%3C%2Fscript%3E.svg?ecc=%3Cb%3E", 400 },
        { "GET", "/api/qr/NOSUCH.png", 404 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_function_answer_carries_every_security_header(string method, string path, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{P}", _site.Prefix, StringComparison.Ordinal));

        using var response = await _site.Client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_qr_image_and_its_revalidation_carry_them_too()
    {
        var code = HostileSite.QrCode;
        using var image = await _site.Client.GetAsync($"/api/qr/{code}.svg");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/qr/{code}.svg");
        again.Headers.IfNoneMatch.Add(image.Headers.ETag!);
        using var notModified = await _site.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertSecurityHeaders(image);
        AssertSecurityHeaders(notModified);
    }

    [Fact]
    public async Task A_bad_qr_request_echoes_its_input_as_plain_text_that_is_never_sniffed()
    {
        using var response = await _site.Client.GetAsync("/api/qr/%3Cscript%3Ealert(1)%3C%2Fscript%3E.svg?ecc=%3Cb%3E");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    public static TheoryData<string, int> Posts => new()
    {
        { SurveyForm.ContentType, 303 },
        { "application/json", 415 },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Every_survey_answer_carries_them(string contentType, int status)
    {
        using var content = new ByteArrayContent(SurveySamples.Bytes(SurveySamples.Valid(clientId: Guid.NewGuid().ToString("N"))));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _site.Client.PostAsync("/api/survey", content);

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_bad_answer_page_and_a_too_large_body_carry_them()
    {
        using var bad = new ByteArrayContent(SurveySamples.Bytes(("counter", "nowhere/none"), ("option", "9")));
        bad.Headers.ContentType = MediaTypeHeaderValue.Parse(SurveyForm.ContentType);
        using var large = new ByteArrayContent(new byte[SurveyLimits.MaxBodyBytes + 1]);
        large.Headers.ContentType = MediaTypeHeaderValue.Parse(SurveyForm.ContentType);

        using var badAnswer = await _site.Client.PostAsync("/api/survey", bad);
        using var tooLarge = await _site.Client.PostAsync("/api/survey", large);

        Assert.Equal(HttpStatusCode.BadRequest, badAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        AssertSecurityHeaders(badAnswer);
        AssertSecurityHeaders(tooLarge);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.NotEmpty(SecurityHeaders.Headers);
        foreach (var (name, value) in SecurityHeaders.Headers)
        {
            Assert.True(response.Headers.TryGetValues(name, out var values), $"{response.RequestMessage?.RequestUri}: no {name}");
            Assert.Equal(value, Assert.Single(values));
        }
    }
}
