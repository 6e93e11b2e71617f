using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using MotCua.Data.Surveys;
using MotCua.TestSupport;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Survey;

[Collection(AzuriteCollection.Name)]
public sealed class SurveyEndpointsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SurveyTestSite _site = null!;

    // One emulator on a shared CI machine answers 200 concurrent answers in seconds, not milliseconds;
    // the deadline itself is tested with storage stopped (SurveyOutageTests).
    public async Task InitializeAsync() =>
        _site = await SurveyTestSite.StartAsync(azurite.ConnectionString, ("Survey:StorageTimeout", "00:00:45"));

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static string NewClientId() => Guid.NewGuid().ToString("N");

    /// <summary>A unique word for a comment: letters only, since digits glued to letters are masked like any number.</summary>
    private static string NewMarker() => string.Concat(Guid.NewGuid().ToString("N").Select(c => char.IsAsciiDigit(c) ? (char)('g' + c - '0') : c));

    [Fact]
    public async Task A_good_answer_is_stored_once_with_every_contract_property_and_redirected_to_thanks()
    {
        var id = NewClientId();

        using var response = await _site.PostAsync(SurveySamples.Valid(comment: "Nguye\u0302\u0303n: tốt 👍🏽", clientId: id));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/tp-cao-bang/gop-y/cam-on.html", response.Headers.Location?.OriginalString);
        var row = Assert.Single(await _site.StoredWithClientIdAsync(id));
        Assert.Equal(SurveyKeys.PartitionKey(TestClock.Now, "tp-cao-bang"), row.PartitionKey);
        Assert.StartsWith("c-", row.RowKey, StringComparison.Ordinal);
        Assert.Equal("quay-1", row.GetString("Counter"));
        Assert.Equal("tp-cao-bang", row.GetString("Unit"));
        Assert.Equal(1, row.GetInt32("Option"));
        Assert.Equal("thai-do,huong-dan", row.GetString("Reasons"));
        Assert.Equal("Nguy\u1EC5n: tốt 👍🏽", row.GetString("Comment"));
        Assert.Equal(SurveySamples.Procedure, row.GetString("Procedure"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d\+07:00$", row.GetString("LocalHour"));
        Assert.False(row.ContainsKey("LocalTime"), "the time is kept to the hour only");
        Assert.Equal("form", row.GetString("Channel"));
        Assert.False(row.ContainsKey("Visitor"), "the rate limit reads a tally row by its key, no visitor column");
        Assert.False(row.GetBoolean("Misuse"));
        Assert.Equal("", row.GetString("MisuseReason"));
        Assert.False(row.ContainsKey("ClientId"), "the raw client id is not stored; the row key is derived from it");
    }

    [Fact]
    public async Task A_double_submit_with_one_client_id_stores_one_answer()
    {
        var id = NewClientId();

        using var first = await _site.PostAsync(SurveySamples.Valid(clientId: id));
        using var second = await _site.PostAsync(SurveySamples.Valid(clientId: id));

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Single(await _site.StoredWithClientIdAsync(id));
    }

    [Fact]
    public async Task Without_a_client_id_the_same_answer_from_the_same_visitor_moments_later_counts_once()
    {
        var marker = "không có mã " + NewMarker();
        var body = Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(comment: marker)));
        var agent = "NoScript/" + NewClientId();

        using var first = await _site.PostAsync(body, agent);
        using var second = await _site.PostAsync(body, agent);

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        var row = Assert.Single(await _site.StoredAsync(Azure.Data.Tables.TableClient.CreateQueryFilter($"Comment eq {marker}")));
        Assert.StartsWith("v-", row.RowKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_stored_comment_holds_a_phone_number_an_ID_or_passport_number_or_an_e_mail()
    {
        string[] details = ["0912 345 678", "+84 912345678", "091.234.5678", "0912345678", "001234567890", "C1234567", "nguyen.van.a@gmail.com"];
        var marker = "riêng tư " + NewMarker();
        foreach (var detail in details)
        {
            // A browser of its own each time, so the answers stay under the per-visitor limit other tests count on.
            using var response = await _site.PostAsync(SurveySamples.Bytes(SurveySamples.Valid($"{marker}: gọi {detail} giúp", NewClientId())), "Privacy/" + NewClientId());
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }

        // Every answer the survey tests stored in this emulator so far, these included.
        var stored = await _site.StoredAsync(null);

        Assert.Equal(details.Length, stored.Count(r => r.GetString("Comment")?.StartsWith(marker, StringComparison.Ordinal) == true));
        Assert.Empty(stored.SelectMany(r => PersonalDataFinder.Find(r.GetString("Comment") ?? "").Select(found => $"{r.RowKey}: {found}")));
    }

    [Fact]
    public async Task Two_hundred_concurrent_answers_with_distinct_client_ids_are_all_stored()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => NewClientId()).ToList();
        var marker = "đồng thời " + NewMarker();

        var responses = await Task.WhenAll(ids.Select(id => _site.PostAsync(Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(marker, id))), "Concurrent/" + id)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        var rows = await _site.StoredAsync(Azure.Data.Tables.TableClient.CreateQueryFilter($"Comment eq {marker}"));
        Assert.Equal(ids.Select(SurveyKeys.ClientRowKey).Order(StringComparer.Ordinal), rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task A_filled_honeypot_is_stored_flagged_and_thanked_like_any_answer()
    {
        var id = NewClientId();
        var fields = SurveySamples.Valid(clientId: id).Where(f => f.Name != "website").Append(("website", "http://spam.example")).ToArray();

        using var response = await _site.PostAsync(fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var row = Assert.Single(await _site.StoredWithClientIdAsync(id));
        Assert.True(row.GetBoolean("Misuse"));
        Assert.Equal("honeypot", row.GetString("MisuseReason"));
    }

    [Fact]
    public async Task Answers_beyond_five_a_day_from_one_visitor_at_one_counter_are_stored_flagged_as_rate()
    {
        var agent = "Stuffer/" + NewClientId();
        var ids = Enumerable.Range(0, 7).Select(_ => NewClientId()).ToList();
        foreach (var id in ids)
        {
            using var response = await _site.PostAsync(Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(clientId: id))), agent);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }

        var reasons = new List<string?>();
        foreach (var id in ids)
        {
            reasons.Add(Assert.Single(await _site.StoredWithClientIdAsync(id)).GetString("MisuseReason"));
        }

        Assert.Equal(["", "", "", "", "", "rate", "rate"], reasons);
    }

    [Fact]
    public async Task An_answer_sent_again_by_the_page_script_is_stored_with_the_script_channel()
    {
        var id = NewClientId();

        using var response = await _site.PostAsync(Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(clientId: id))), channel: "script");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("script", Assert.Single(await _site.StoredWithClientIdAsync(id)).GetString("Channel"));
    }

    [Fact]
    public async Task A_bad_answer_gets_a_Vietnamese_400_page_that_keeps_the_input_and_escapes_a_script_comment()
    {
        var id = NewClientId();
        const string comment = "<script>alert('x')</script> chờ lâu";
        var fields = SurveySamples.Valid(comment, id).Where(f => f.Name != "option").Append(("option", "7")).ToArray();

        using var response = await _site.PostAsync(fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Mức hài lòng không hợp lệ", document.GetElementById("survey-error-option")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(comment, document.GetElementById("survey-comment")?.TextContent);
        Assert.True(document.GetElementById("survey-reason-thai-do")?.HasAttribute("checked"));
        Assert.Equal(id, document.GetElementById("survey-client-id")?.GetAttribute("value"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Empty(await _site.StoredWithClientIdAsync(id));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded; charset=iso-8859-1")]
    public async Task A_body_that_is_not_a_UTF8_urlencoded_form_is_refused_with_415_and_a_reason(string contentType)
    {
        var id = NewClientId();

        using var response = await _site.PostAsync(Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(clientId: id))), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/x-www-form-urlencoded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _site.StoredWithClientIdAsync(id));
    }

    [Fact]
    public async Task A_body_over_four_kilobytes_is_refused_with_413_and_a_reason()
    {
        var body = Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(clientId: NewClientId())) + "&x=" + new string('a', 4096));

        using var response = await _site.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("quá dài", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arbitrary_bodies_never_get_a_5xx_and_never_leave_a_stored_answer_that_breaks_the_rules()
    {
        var statuses = new List<HttpStatusCode>();
        Prop.ForAll(Arb.From(SurveyBodies.Any()), body =>
        {
            using var response = _site.PostAsync(body, "Property/" + body.Length).GetAwaiter().GetResult();
            statuses.Add(response.StatusCode);
            return (int)response.StatusCode is 303 or 400 or 413;
        }).QuickCheckThrowOnFailure();

        Assert.Contains(HttpStatusCode.SeeOther, statuses);
        Assert.Contains(HttpStatusCode.BadRequest, statuses);
        var problems = (await _site.StoredAsync(null))
            .SelectMany(r => SurveyInvariants.Problems(SurveySamples.Catalog, r.GetString("Unit") ?? "", r.GetString("Counter") ?? "", r.GetInt32("Option") ?? -1,
                r.GetString("Reasons") ?? "", r.GetString("Comment") ?? "", r.GetString("Procedure") ?? "", "")
                .Select(p => $"{r.RowKey}: {p}"))
            .ToList();
        Assert.Empty(problems);
    }
}
