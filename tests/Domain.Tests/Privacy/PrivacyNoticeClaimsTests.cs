using System.Text.RegularExpressions;
using MotCua.Data.Privacy;
using MotCua.Domain.Pages;
using MotCua.Domain.Privacy;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Tests.Privacy;

/// <summary>
/// Each claim of the privacy notice against the code that makes it true: every example the notice gives of a masked
/// detail is masked, every example of what is not is not, the phone keeps only what the notice names, and the
/// limits it states are the limits the code uses. (Columns: Data.Tests StoredTablesTests; retention order, day keys and
/// small counts: Stats.Tests; region and log retention: Infra.Tests; logs: Handler.Tests.)
/// </summary>
public sealed partial class PrivacyNoticeClaimsTests
{
    /// <summary>Every example a rule's description gives in "(ví dụ …)", each with the rule.</summary>
    public static TheoryData<string, string> MaskExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in CommentMask.Rules)
        {
            var examples = Examples().Matches(rule.Description).SelectMany(m => m.Groups["list"].Value.Split([", ", " hay "], StringSplitOptions.RemoveEmptyEntries)).ToList();
            foreach (var example in examples)
            {
                data.Add(rule.Replacement, example.Trim());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MaskExamples))]
    public void Every_example_the_notice_gives_of_a_masked_detail_is_masked_as_it_says(string replacement, string example)
    {
        var masked = CommentMask.Apply($"Ý kiến: {example} nhé");

        Assert.Contains(replacement, masked, StringComparison.Ordinal);
        Assert.DoesNotContain(example, masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_gives_examples_and_those_with_a_cue_phrase_are_masked_after_it()
    {
        Assert.True(MaskExamples().Count() >= 8);
        Assert.Equal("Tôi là [họ tên]", CommentMask.Apply("Tôi là Nguyễn Văn An"));
        Assert.Equal("họ tên [họ tên]", CommentMask.Apply("họ tên trần thị bích"));
    }

    [Fact]
    public void Every_example_the_notice_gives_of_what_is_not_masked_is_indeed_kept()
    {
        var examples = StoredData.NotMasked.SelectMany(n => Quoted().Matches(n).Select(m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Equal(e, CommentMask.Apply(e)));
    }

    [Fact]
    public void The_phone_keeps_only_what_the_notice_names()
    {
        var scripts = new[] { SurveyScript.Source, SurveyScript.ThanksSource, ServiceWorkerScript.Script, ServiceWorkerScript.RegistrationTag, UnitHomeScript() };

        Assert.Contains($"'{SurveyScript.PendingKey}'", SurveyScript.Source, StringComparison.Ordinal);
        Assert.Contains(SurveyScript.PendingKey, SurveyScript.ThanksSource, StringComparison.Ordinal);
        Assert.Contains($"\"{ServiceWorkerScript.CacheName}\"", ServiceWorkerScript.Script, StringComparison.Ordinal);
        Assert.All(StoredData.OnPhone, p => Assert.True(p.Name.Contains(SurveyScript.PendingKey, StringComparison.Ordinal) || p.Name.Contains(ServiceWorkerScript.CacheName, StringComparison.Ordinal)));
        // No other place a browser keeps data: no cookie, no session storage, no database.
        Assert.All(scripts, s => Assert.DoesNotMatch(OtherStorage(), s));
        Assert.Equal(StoredData.OnPhone.Count, scripts.Sum(s => Regex.Matches(s, @"localStorage\b|caches\.open").Count > 0 ? 1 : 0) - 1);
    }

    [Fact]
    public void The_limits_the_notice_states_are_the_codes()
    {
        var text = PrivacyPageRenderer.Render(Pages.SamplePages.Site, StoredTables.All);

        Assert.Contains($"tối đa {RetentionPolicy.MaxDays} ngày", text, StringComparison.Ordinal);
        Assert.Contains($"dưới {SmallCounts.MinAnswers} phiếu", text, StringComparison.Ordinal);
        Assert.Contains($"mặc định {SurveyLimits.MaxAnswersPerVisitorCounterDay} phiếu", text, StringComparison.Ordinal);
        Assert.Contains($"không quá {RetentionPolicy.MaxDays} ngày", StoredData.VisitorHash, StringComparison.Ordinal);
    }

    private static string UnitHomeScript() =>
        Regex.Match(UnitHomeRenderer.Render(PageModelFactory.UnitHome(Pages.SamplePages.Site.Units.First(u => u.Merger is null))), "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex(@"ví dụ (?<list>.*)\)")]
    private static partial Regex Examples();

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"document\.cookie|sessionStorage|indexedDB|openDatabase")]
    private static partial Regex OtherStorage();
}
