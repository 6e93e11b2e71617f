using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using MotCua.Domain.Surveys;
using MotCua.Handler.Tests.Scan;
using MotCua.Handler.Tests.Survey;
using MotCua.TestSupport;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Privacy;

/// <summary>
/// The privacy notice says the app's logs hold no address, user agent or comment. Every log line of a scan, a good and
/// a bad survey answer, at every level, is read here.
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
        var lines = new ConcurrentQueue<string>();
        await using var factory = new ScanHandlerFactory(azurite.ConnectionString, container, Citizen);
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(new Capture(lines))));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var scan = await SendAsync(client, HttpMethod.Get, $"/s/{ScanTestSite.Codes(prefix).Procedure}", null);
        using var answer = await SendAsync(client, HttpMethod.Post, "/api/survey", SurveySamples.Bytes(SurveySamples.Valid(Comment, Guid.NewGuid().ToString("N"))));
        using var bad = await SendAsync(client, HttpMethod.Post, "/api/survey", SurveySamples.Bytes(SurveySamples.Valid(Comment).Append(("option", "9")).ToArray()));
        await ScanTable.WaitForAsync(azurite.ConnectionString, ScanTestSite.Codes(prefix).Procedure, 1);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.SeeOther, HttpStatusCode.BadRequest), (scan.StatusCode, answer.StatusCode, bad.StatusCode));
        Assert.True(lines.Count > 10, $"only {lines.Count} log lines: the capture is not working");
        // The storage SDK's lines (Azure.*) come from a listener shared by every app in this test process, so they may
        // be another test's; they hold storage URLs and headers, never a request of ours.
        var leaks = lines.Where(l => !l.StartsWith("Azure.", StringComparison.Ordinal)).Where(l => l.Contains("113.161.4", StringComparison.Ordinal) || l.Contains("RMX3630", StringComparison.Ordinal)
            || l.Contains("tuyệt mật", StringComparison.Ordinal) || l.Contains("tuy%E1%BB%87t", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(leaks);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, byte[]? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("User-Agent", Phone);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(SurveyForm.ContentType);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Every message and exception any logger writes.</summary>
    private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
