using System.Net;
using AngleSharp.Html.Parser;
using MotCua.Data.Slips;
using MotCua.Domain.Slips;

namespace MotCua.Handler.Tests.Slips;

/// <summary>
/// <c>/p/{slip}</c> through the host stand-in against Azurite: the slip's office's form, the first answer stored once,
/// every later one refused politely with nothing stored, even when many arrive at the same moment.
/// </summary>
public sealed class SlipEndpointsTests(SlipSite site) : IClassFixture<SlipSite>
{
    [Fact]
    public async Task Scanning_a_slip_opens_its_offices_form_without_script_and_stores_nothing()
    {
        var slip = site.NextSlip();
        var before = (await site.RowsAsync()).Count;

        using var response = await site.App.Client.GetAsync($"/P/{slip}");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains(SlipSite.UnitName, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/p/{slip}", document.GetElementById("slip-form")?.GetAttribute("action"));
        Assert.Equal(SlipSite.Unit, document.QuerySelector("input[name=unit]")?.GetAttribute("value"));
        Assert.Equal(3, document.QuerySelectorAll("input[name=option]").Length);
        Assert.Equal(SlipChoices.Reasons.Count, document.QuerySelectorAll("input[name=reasons]").Length);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal(before, (await site.RowsAsync()).Count);
    }

    [Fact]
    public async Task A_slip_id_is_read_in_any_letter_case()
    {
        using var response = await site.App.Client.GetAsync($"/p/{site.NextSlip().ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_first_answer_is_stored_once_with_its_reasons_and_a_masked_comment_and_no_slip_id()
    {
        var slip = site.NextSlip();

        using var response = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "2"), ("reasons", "giay-to-thua"), ("reasons", "di-lai"),
            ("comment", "Bắt nộp thêm sổ hộ khẩu, gọi tôi 0912 345 678"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/{SlipSite.Unit}/gop-y/cam-on.html", response.Headers.Location?.OriginalString);
        var answer = Assert.Single(await site.AnswersAsync(), a => a.GetString("Comment")?.StartsWith("Bắt nộp thêm sổ hộ khẩu", StringComparison.Ordinal) == true);
        Assert.Equal(2, answer.GetInt32("Option"));
        Assert.Equal("giay-to-thua,di-lai", answer.GetString("Reasons"));
        Assert.DoesNotContain("0912", answer.GetString("Comment"), StringComparison.Ordinal);
        Assert.Equal("2026-11-20T10+07:00", answer.GetString("LocalHour"));
        Assert.DoesNotContain(answer, kv => kv.Value?.ToString()?.Contains(slip, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(slip, answer.RowKey, StringComparison.Ordinal);
        Assert.True(await site.IsUsedAsync(slip));
    }

    [Fact]
    public async Task Reasons_ticked_before_a_better_rating_was_chosen_are_not_kept()
    {
        var slip = site.NextSlip();

        using var response = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "0"), ("reasons", "thai-do"), ("comment", "phiếu-lý-do-bỏ"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var answer = Assert.Single(await site.AnswersAsync(), a => a.GetString("Comment") == "phiếu-lý-do-bỏ");
        Assert.Equal("", answer.GetString("Reasons"));
    }

    [Fact]
    public async Task A_second_answer_to_the_same_slip_is_told_politely_and_stores_nothing()
    {
        var slip = site.NextSlip();
        using (var first = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "1"), ("comment", "lần-đầu")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        }

        var before = await site.RowsAsync();

        using var again = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "2"), ("comment", "lần-hai"));
        using var rescan = await site.App.Client.GetAsync($"/p/{slip}");

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains(SlipPageRenderer.UsedMessage, new HtmlParser().ParseDocument(await again.Content.ReadAsStringAsync()).GetElementById("slip-used")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, rescan.StatusCode);
        Assert.Null(new HtmlParser().ParseDocument(await rescan.Content.ReadAsStringAsync()).GetElementById("slip-form"));
        Assert.Equal(before.Select(r => r.RowKey).Order(), (await site.RowsAsync()).Select(r => r.RowKey).Order());
        Assert.DoesNotContain(await site.AnswersAsync(), a => a.GetString("Comment") == "lần-hai");
    }

    [Fact]
    public async Task Of_twenty_answers_to_one_slip_sent_at_once_exactly_one_is_stored_and_the_rest_are_told_it_was_used()
    {
        var slip = site.NextSlip();
        using var start = new ManualResetEventSlim();
        var posts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            start.Wait();
            using var response = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "1"), ("comment", $"đồng-thời-{i}"));
            return response.StatusCode;
        })).ToList();

        start.Set();
        var statuses = await Task.WhenAll(posts);

        Assert.Single(statuses, s => s == HttpStatusCode.SeeOther);
        Assert.Equal(19, statuses.Count(s => s == HttpStatusCode.Gone));
        Assert.Single(await site.AnswersAsync(), a => a.GetString("Comment")?.StartsWith("đồng-thời-", StringComparison.Ordinal) == true);
        Assert.Single(await site.RowsAsync(), r => r.RowKey == SlipKeys.UseRow(slip));
    }

    [Fact]
    public async Task A_bad_answer_gets_the_form_again_with_what_was_typed_and_leaves_the_slip_unused()
    {
        var slip = site.NextSlip();

        using var response = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "7"), ("comment", "giữ <b>lại</b>"));
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Mức hài lòng không hợp lệ; vui lòng chọn lại.", document.GetElementById("slip-error-option")?.TextContent);
        Assert.Equal("giữ <b>lại</b>", document.GetElementById("slip-comment")?.TextContent);
        Assert.False(await site.IsUsedAsync(slip));
        using var retry = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "1"));
        Assert.Equal(HttpStatusCode.SeeOther, retry.StatusCode);
    }
}
