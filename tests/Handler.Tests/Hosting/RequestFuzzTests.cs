using System.Net.Sockets;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MotCua.Handler.Tests.Scan;
using MotCua.Handler.Tests.Survey;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>
/// Whatever arrives (method, path, query, headers, body, encoding) on any route, the answer is never a 5xx and
/// never shows a stack trace. Requests are written to the host's socket as raw bytes, past any client-side checks,
/// and go through the host to the worker as they would in Azure.
/// </summary>
public sealed class RequestFuzzTests(RequestFuzzTests.FuzzApp app) : IClassFixture<RequestFuzzTests.FuzzApp>
{
    private static readonly string[] Methods = ["GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "get", "X-CUSTOM"];

    private static readonly string[] Routes = ["/s/", "/go/", "/p/", "/api/qr/", "/api/survey", "/", "/stats/", "/tp-cao-bang/", "/_data/", "/admin/functions/"];

    /// <summary>Paths that answer 200 or a redirect when nothing else is wrong, so garbage lands on working code too.</summary>
    private static readonly string[] GoodPaths = ["/s/FZK", "/s/fzn", "/go/FZK", "/api/qr/FZK.svg", "/api/qr/FZN.png", "/api/survey", "/tp-cao-bang/ho-tich/"];

    /// <summary>Pieces of paths, queries and header values that have broken servers before.</summary>
    private static readonly string[] Tricky =
    [
        "", "a", "HT2K", "ht2k", "HT2K.svg", "HT2K.png", ".png", ".svg", "x.gif", "..", "%2e%2e", "%2F", "%00", "%", "%G1", "%C0%AF", "%ED%A0%80",
        "%FF%FE", "\u0000", "\u202E", "Đăng ký", "e\u0302\u0323", "😀", "\uD800", "?", "#", "//", "\\", ";", "=", "&", "+", " ", "\t", "\r\n",
        "size=400", "size=-1", "size=99999999999999999999", "ecc=Z", "ecc=H", "size=8&ecc=Q", "format=png", new string('A', 40), new string('9', 5000),
        "<script>", "' or 1=1", "PartitionKey eq 'x'", "${jndi:x}",
    ];

    private static readonly string[] HeaderNames =
    [
        "User-Agent", "X-Forwarded-For", "Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host", "Referer", "Accept-Encoding", "Accept",
        "Content-Type", "If-None-Match", "If-Modified-Since", "Range", "Cookie", "Accept-Language", "X-Client-Id", "Cache-Control",
    ];

    private static readonly string[] HeaderValues =
    [
        "", "gzip", "br;q=0", "*", "x" + new string('y', 8000), "999.999.999.999", "::ffff:1.2.3.4", "2402:800:62cd::1, 10.0.0.1", "unknown, ,",
        "for=\"[2001:db8::1]:80\";proto=https", "for=", "bytes=0-", "bytes=-1", "bytes=9999999999-", "W/\"x\"", "\"\"", "Thu, 01 Jan 1970 00:00:00 GMT",
        "not a date", "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=latin1", "multipart/form-data; boundary=",
        "text/plain", "application/json", "Mozilla/5.0 (compatible; Zalo/1.0)", "facebookexternalhit/1.1", "Đăng ký", "\u00ff\u00fe",
    ];

    /// <summary>The scan test site (codes FZK, FZR, FZN) and the survey catalog, published together.</summary>
    public sealed class FuzzApp : AppFixture
    {
        protected override async Task SeedAsync(string connectionString)
        {
            await ScanTestSite.SeedAsync(connectionString, "$web", "FZ");
            await SurveyTestSite.PublishCatalogAsync(connectionString);
        }
    }

    private sealed record RawRequest(string Method, string Path, string Query, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
    {
        public override string ToString() =>
            $"{Method} {Path}{Query} [{string.Join("; ", Headers.Select(h => $"{h.Name}: {Shorten(h.Value)}"))}] body {Body.Length} bytes";

        private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
    }

    private static Gen<RawRequest> Requests() =>
        from method in Gen.Elements(Methods)
        from path in Gen.Frequency(
            (1, Gen.Elements(GoodPaths)),
            (2, from route in Gen.Elements(Routes)
                from segments in Gen.ListOf(Gen.Elements(Tricky))
                select route + string.Join('/', segments.Take(4))))
        from query in Gen.ListOf(Gen.Elements(Tricky)).Select(q => q.Take(4).ToList())
        from headers in Gen.ListOf(Gen.Zip(Gen.Elements(HeaderNames), Gen.Elements(HeaderValues))).Select(h => h.Take(6).ToList())
        from body in Gen.Frequency(
            (3, Gen.Constant(Array.Empty<byte>())),
            (3, SurveyBodies.Any()),
            (1, ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? [])))
        select new RawRequest(method, path, query.Count == 0 ? "" : "?" + string.Join('&', query), headers, body);

    /// <summary>Writes the request as raw HTTP/1.1 bytes and reads the answer until the server closes the connection.</summary>
    private async Task<(int Status, string Body)> SendAsync(RawRequest request)
    {
        var head = new StringBuilder()
            .Append(request.Method).Append(' ').Append(Target(request.Path + request.Query)).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(app.App.BaseAddress.Authority).Append("\r\n");
        foreach (var (name, value) in request.Headers)
        {
            head.Append(name).Append(": ").Append(HeaderValue(value)).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(request.Body.Length).Append("\r\nConnection: close\r\n\r\n");
        using var client = new TcpClient();
        await client.ConnectAsync(app.App.BaseAddress.Host, app.App.BaseAddress.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()));
        await stream.WriteAsync(request.Body);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var status = text.Length >= 12 && int.TryParse(text.AsSpan(9, 3), out var code) ? code : 0;
        var bodyStart = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyStart < 0 ? "" : text[(bodyStart + 4)..]);
    }

    /// <summary>
    /// The request target as a client puts it on the wire: what cannot appear there raw (spaces, controls, non-ASCII,
    /// a fragment) percent-encoded, everything else (dots, slashes, backslashes, percent signs) left as it was.
    /// </summary>
    private static string Target(string pathAndQuery)
    {
        var target = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(pathAndQuery))
        {
            if (b is <= 0x20 or >= 0x7F || b == (byte)'#')
            {
                target.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                target.Append((char)b);
            }
        }

        return target.ToString();
    }

    /// <summary>
    /// A header value as it can cross HTTP/1.1 and the host's proxy: one line, ASCII (the proxy cannot forward other
    /// bytes; such requests fail in the host before any function runs, see docs/testing.md).
    /// </summary>
    private static string HeaderValue(string value) =>
        new([.. value.ReplaceLineEndings(" ").Select(c => c is >= ' ' and < (char)0x7F ? c : '?')]);

    [Fact]
    public void No_request_on_any_route_gets_a_5xx_or_a_stack_trace()
    {
        var statuses = new HashSet<int>();
        Prop.ForAll(Arb.From(Requests()), request =>
        {
            var (status, body) = SendAsync(request).GetAwaiter().GetResult();
            statuses.Add(status);
            return (status is > 0 and < 500 && !body.Contains("   at ", StringComparison.Ordinal) && !body.Contains("Exception", StringComparison.Ordinal))
                .Label($"{request} answered {status}: {(body.Length > 300 ? body[..300] : body)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(600));

        // The generator reached real answers, not only refusals.
        Assert.Contains(200, statuses);
        Assert.Contains(404, statuses);
        Assert.Contains(405, statuses);
    }

    [Theory]
    [InlineData("GET", "/s/FZK")]
    [InlineData("GET", "/api/qr/FZK.png")]
    [InlineData("POST", "/api/survey")]
    public async Task Garbage_headers_on_a_good_request_are_ignored_not_fatal(string method, string path)
    {
        var headers = HeaderNames.Select((n, i) => (n, HeaderValues[(i * 7) % HeaderValues.Length])).ToList();

        var (status, body) = await SendAsync(new RawRequest(method, path, "", headers, Encoding.UTF8.GetBytes("counter=tp-cao-bang%2Fquay-1&option=0")));

        Assert.InRange(status, 200, 499);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
