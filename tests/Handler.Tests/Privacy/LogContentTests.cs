using System.Net;
using System.Net.Http.Headers;
using MotCua.Domain.Surveys;
using MotCua.Handler.Hosting;
using MotCua.Handler.Tests.Scan;
using MotCua.Handler.Tests.Survey;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Privacy;

/// <summary>
/// The privacy notice says the app's logs hold no address, user agent or comment. Every log line of a scan, a good and
/// a bad survey answer, at every level, is read here where an operator reads it: what the host shows, and what the
/// worker sends to Application Insights (its lines outside any invocation too).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LogContentTests(AzuriteFixture azurite)
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 13; RMX3630) Chrome/125.0 Mobile Safari/537.36 Zalo android/12100657";
    private const string Comment = "Riêng tư kín đáo tuyệt mật";
    private static readonly IPAddress Citizen = IPAddress.Parse("113.161.4.20");

    [Fact]
    public async Task No_log_line_holds_the_address_the_user_agent_or_the_comment()
    {
        var container = UniqueNames.Container("web-logs");
        var prefix = ScanTestSite.NewPrefix();
        await ScanTestSite.SeedAsync(azurite.ConnectionString, container, prefix);
        await SurveyTestSite.PublishCatalogAsync(azurite.ConnectionString, container);
        await using var telemetry = await FakeTelemetryIngestion.StartAsync();
        var app = await FunctionsApp.StartAsync(azurite.ConnectionString,
        [
            KeyValuePair.Create("Storage:WebContainer", container),
            KeyValuePair.Create("Forwarding:ClientAddressHeader", ForwardingOptions.FrontDoorSocketIp),
            KeyValuePair.Create("APPLICATIONINSIGHTS_CONNECTION_STRING", telemetry.ConnectionString),
            KeyValuePair.Create("Logging:LogLevel:Default", "Trace"),
        ]);
        HttpStatusCode[] statuses;
        await using (app)
        {
            using var scan = await SendAsync(app.Client, HttpMethod.Get, $"/s/{ScanTestSite.Codes(prefix).Procedure}", null);
            using var answer = await SendAsync(app.Client, HttpMethod.Post, "/api/survey", SurveySamples.Bytes(SurveySamples.Valid(Comment, Guid.NewGuid().ToString("N"))));
            using var bad = await SendAsync(app.Client, HttpMethod.Post, "/api/survey", SurveySamples.Bytes(SurveySamples.Valid(Comment).Append(("option", "9")).ToArray()));
            await ScanTable.WaitForAsync(azurite.ConnectionString, ScanTestSite.Codes(prefix).Procedure, 1);
            statuses = [scan.StatusCode, answer.StatusCode, bad.StatusCode];
        }

        // The stop sent what the worker had logged; the host's lines and the telemetry are what an operator reads.
        var lines = app.Log.Lines.Concat(telemetry.Items.Select(System.Text.RegularExpressions.Regex.Unescape)).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.SeeOther, HttpStatusCode.BadRequest], statuses);
        Assert.True(app.Log.Lines.Count > 10, $"only {app.Log.Lines.Count} lines from the host: the capture is not working");
        Assert.Contains(telemetry.Items, i => i.Contains("Scan writer stopped", StringComparison.Ordinal));
        var leaks = lines.Where(l => l.Contains("113.161.4", StringComparison.Ordinal) || l.Contains("RMX3630", StringComparison.Ordinal)
            || l.Contains("tuyệt mật", StringComparison.Ordinal) || l.Contains("tuy%E1%BB%87t", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(leaks);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, byte[]? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("User-Agent", Phone);
        request.Headers.TryAddWithoutValidation(ForwardingOptions.FrontDoorSocketIp, Citizen.ToString());
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(SurveyForm.ContentType);
        }

        return await client.SendAsync(request);
    }
}
