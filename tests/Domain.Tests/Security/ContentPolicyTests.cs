using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Text;
using MotCua.Data.Privacy;
using MotCua.Domain.Pages;
using MotCua.Domain.Posters;
using MotCua.Domain.Surveys;
using MotCua.Domain.Tests.Pages;

namespace MotCua.Domain.Tests.Security;

/// <summary>
/// Every page the site renders carries its own content policy, first thing after its charset, allowing exactly the
/// inline scripts and styles it holds and nothing else: no style or event attribute, no script a sheet could slip in.
/// </summary>
public sealed partial class ContentPolicyTests
{
    /// <summary>Every page of the sample site, every kind (plans of JSON data left out), and the pages rendered elsewhere.</summary>
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        var plans = new SiteRenderer(SamplePages.Site, StoredTables.All).Plan().Where(p => p.Kind != PageKind.Data).ToList();
        foreach (var kind in plans.GroupBy(p => p.Kind))
        {
            data.Add(kind.Key.ToString());
        }

        data.Add("survey-reply");
        data.Add("posters");
        return data;
    }

    private static IEnumerable<string> Render(string kind) => kind switch
    {
        "survey-reply" => [
            SurveyReplyPageRenderer.Render(SurveyReplyKind.Invalid, null, null, new SurveyFormValues { Comment = "<script>alert(1)</script>" }, [new("form", "x")]),
            SurveyReplyPageRenderer.Render(SurveyReplyKind.Unavailable, TestSupport.Surveys.SurveySamples.Catalog.Units[0], TestSupport.Surveys.SurveySamples.Catalog.Units[0].Counters[0], new SurveyFormValues(), []),
        ],
        "posters" => PosterPlanner.Plan(
            MotCua.Domain.Codes.CodeRegistryLoader.Parse("- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: Bảng\n- code: 7QXM\n  target: tp-cao-bang/quay-1\n  placement: Quầy số 1\n", "codes.yaml").Registry,
            SamplePages.Site, "QR.EXAMPLE.VN").Select(PosterRenderer.RenderUnit),
        _ => new SiteRenderer(SamplePages.Site, StoredTables.All).Plan().Where(p => p.Kind.ToString() == kind).Take(20).Select(p => p.Render()),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_pages_policy_allows_its_own_inline_scripts_and_styles_and_no_others(string kind)
    {
        foreach (var html in Render(kind))
        {
            var policy = Assert.Single(PolicyMeta().Matches(html));
            Assert.True(html.IndexOf("<meta charset=\"utf-8\">", StringComparison.OrdinalIgnoreCase) + "<meta charset=\"utf-8\">".Length == policy.Index,
                "the policy must come right after the charset, before anything it governs");
            var directives = policy.Groups["policy"].Value.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToHashSet());
            Assert.Equal(Hashes(html, "script"), directives["script-src"].Where(s => s != "'none'").ToHashSet());
            Assert.Equal(Hashes(html, "style"), directives["style-src"].Where(s => s != "'none'").ToHashSet());
            Assert.Equal(["'none'"], directives["base-uri"]);
            Assert.Equal(["'self'"], directives["form-action"]);
            Assert.Equal(["'none'"], directives["default-src"]);
            Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v is "'unsafe-inline'" or "'unsafe-eval'" or "*");
            Assert.DoesNotMatch(InlineAttribute(), html);
        }
    }

    [Fact]
    public void A_script_tag_that_reaches_a_page_through_its_text_is_not_in_its_policy()
    {
        var site = SamplePages.Site;
        var html = new SiteRenderer(site, StoredTables.All).Plan().First(p => p.Kind == PageKind.Procedure).Render();
        var forged = html.Replace("</main>", "<script>alert('x')</script></main>", StringComparison.Ordinal);

        var policy = PolicyMeta().Match(forged).Groups["policy"].Value;

        Assert.DoesNotContain(Hash("alert('x')"), policy, StringComparison.Ordinal);
    }

    private static HashSet<string> Hashes(string html, string element) =>
        Regex.Matches(html, $"<{element}>(.*?)</{element}>", RegexOptions.Singleline).Select(m => Hash(m.Groups[1].Value)).ToHashSet();

    private static string Hash(string body) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body))) + "'";

    [GeneratedRegex(@"<meta http-equiv=""Content-Security-Policy"" content=""(?<policy>[^""]+)"">")]
    private static partial Regex PolicyMeta();

    // A style attribute, an event handler or a javascript: link: each needs 'unsafe-inline', which the policy never grants.
    [GeneratedRegex(@"<[^>]*\s(style|on[a-z]+)\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();
}
