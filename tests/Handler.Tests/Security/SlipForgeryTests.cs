using System.Net;
using AngleSharp.Html.Parser;
using MotCua.Data.Slips;
using MotCua.Domain.Codes;
using MotCua.Domain.Slips;
using MotCua.Handler.Tests.Slips;

namespace MotCua.Handler.Tests.Security;

/// <summary>
/// Someone who wants better figures, or worse ones for a rival office: made-up, cut-short, other-office and replayed
/// slips. None of them stores anything, and a genuine slip tried with the wrong office still works for its own.
/// </summary>
public sealed class SlipForgeryTests(SlipSite site) : IClassFixture<SlipSite>
{
    public static TheoryData<string> NotPrinted => new()
    {
        // Well formed, never printed: what guessing gives.
        "23456789ABCDEFGH",
        new string('Z', SlipId.Length),
        // Outside the alphabet (O, 0, I, 1, L), too short, too long, empty-ish.
        "O0I1LO0I1LO0I1LO",
        "23456789ABCDEFG",
        "23456789ABCDEFGHJ",
        "23456789ABCDEF-H",
    };

    [Theory]
    [MemberData(nameof(NotPrinted))]
    public async Task A_slip_nobody_printed_opens_no_form_and_takes_no_answer(string slip)
    {
        using var scan = await site.App.Client.GetAsync($"/p/{slip}");
        using var post = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "0"));

        Assert.Equal(HttpStatusCode.NotFound, scan.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotNull(new HtmlParser().ParseDocument(await post.Content.ReadAsStringAsync()).GetElementById("slip-unknown"));
        Assert.DoesNotContain(await site.RowsAsync(), r => r.RowKey.Contains(slip, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_printed_slip_cut_short_or_with_one_character_changed_is_unknown()
    {
        var slip = site.NextSlip();
        var changed = slip[..^1] + CodeAlphabet.Characters.First(c => c != slip[^1]);

        foreach (var forged in new[] { slip[..^1], slip + "2", changed })
        {
            using var post = await site.AnswerAsync(forged, ("unit", SlipSite.Unit), ("option", "0"));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.False(await site.IsUsedAsync(slip));
        Assert.DoesNotContain(await site.RowsAsync(), r => r.RowKey == SlipKeys.UseRow(changed));
    }

    [Fact]
    public async Task A_slip_answered_for_another_office_is_refused_and_still_counts_for_its_own()
    {
        var slip = site.NextSlip();

        using var forged = await site.AnswerAsync(slip, ("unit", SlipSite.OtherUnit), ("option", "0"));
        var page = new HtmlParser().ParseDocument(await forged.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(SlipForm.OtherUnitMessage, page.GetElementById("slip-errors")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await site.RowsAsync(SlipSite.OtherUnit));
        Assert.False(await site.IsUsedAsync(slip));
        using var genuine = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "0"));
        Assert.Equal(HttpStatusCode.SeeOther, genuine.StatusCode);
    }

    [Fact]
    public async Task Another_offices_slip_answers_only_for_that_office()
    {
        var theirs = site.OtherBatch.Ids[0];

        using var scan = await site.App.Client.GetAsync($"/p/{theirs}");
        using var post = await site.AnswerAsync(theirs, ("unit", SlipSite.Unit), ("option", "0"));

        Assert.Contains("Phường Tân Giang", await scan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.DoesNotContain(await site.RowsAsync(SlipSite.Unit), r => r.RowKey == SlipKeys.UseRow(theirs));
    }

    [Fact]
    public async Task A_replayed_slip_changes_nothing_of_the_first_answer()
    {
        var slip = site.NextSlip();
        using (var first = await site.AnswerAsync(slip, ("unit", SlipSite.Unit), ("option", "2"), ("reasons", "thai-do"), ("comment", "phát-lại-gốc")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        }

        var original = Assert.Single(await site.AnswersAsync(), a => a.GetString("Comment") == "phát-lại-gốc");

        foreach (var option in new[] { "0", "1", "2" })
        {
            using var replay = await site.AnswerAsync(slip.ToLowerInvariant(), ("unit", SlipSite.Unit), ("option", option), ("comment", "phát-lại"));
            Assert.Equal(HttpStatusCode.Gone, replay.StatusCode);
        }

        var after = Assert.Single(await site.AnswersAsync(), a => a.GetString("Comment") == "phát-lại-gốc");
        Assert.Equal(original.GetInt32("Option"), after.GetInt32("Option"));
        Assert.DoesNotContain(await site.AnswersAsync(), a => a.GetString("Comment") == "phát-lại");
    }
}
