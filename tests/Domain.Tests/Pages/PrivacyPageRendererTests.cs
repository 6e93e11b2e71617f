using MotCua.Data.Privacy;
using MotCua.Domain.Pages;
using MotCua.Domain.Privacy;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Tests.Pages;

public sealed class PrivacyPageRendererTests
{
    private static string Text(string html) => SamplePages.Parse(html).Body!.TextContent;

    [Fact]
    public void The_notice_names_every_working_office_as_controller_with_the_address_and_phone_of_its_unit_yaml()
    {
        var page = SamplePages.Parse(PrivacyPageRenderer.Render(SamplePages.Site, StoredTables.All));

        foreach (var unit in SamplePages.Site.Units.Where(u => u.Merger is null))
        {
            var entry = page.GetElementById(unit.Slug);
            Assert.NotNull(entry);
            Assert.Contains(unit.Name, entry.TextContent, StringComparison.Ordinal);
            Assert.Contains(unit.Address, entry.TextContent, StringComparison.Ordinal);
            Assert.Contains(unit.Phone, entry.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_merged_office_is_no_controller_and_points_to_its_successors_entries()
    {
        var page = SamplePages.Parse(PrivacyPageRenderer.Render(SamplePages.Site, StoredTables.All));
        var caoBang = SamplePages.CaoBang;

        var entry = page.GetElementById(caoBang.Slug);

        Assert.NotNull(entry);
        Assert.DoesNotContain(caoBang.Address, entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("từ ngày 01/07/2025", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal(caoBang.Merger!.Into.Select(slug => "#" + slug), entry.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(caoBang.Merger.Into, slug => Assert.NotNull(page.GetElementById(slug)));
    }

    [Fact]
    public void The_notice_says_the_retention_limit_it_is_given_and_by_default_the_policy_s()
    {
        Assert.Contains($"tối đa {RetentionPolicy.MaxDays} ngày", Text(PrivacyPageRenderer.Render(SamplePages.Site, StoredTables.All)), StringComparison.Ordinal);
        Assert.Contains("tối đa 30 ngày", Text(PrivacyPageRenderer.Render(SamplePages.Site, StoredTables.All, 30)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_describes_every_stored_column_every_mask_and_what_is_never_stored()
    {
        var text = Text(PrivacyPageRenderer.Render(SamplePages.Site, StoredTables.All));

        Assert.All(StoredTables.All, t => Assert.Contains(t.Heading, text, StringComparison.Ordinal));

        Assert.All(StoredTables.All.SelectMany(t => t.Columns),
            c => Assert.Contains(c.Meaning + " " + c.Name, text, StringComparison.Ordinal));
        Assert.All(CommentMask.Rules, r => Assert.Contains($"{r.Description}: thay bằng “{r.Replacement}”", text, StringComparison.Ordinal));
        Assert.All(StoredData.NotMasked.Concat(StoredData.Never).Concat(StoredData.Logs).Concat(StoredData.Location), n => Assert.Contains(n, text, StringComparison.Ordinal));
        Assert.All(StoredData.OnPhone, p => Assert.Contains($"{p.Name}: {p.What}; {p.Until}", text, StringComparison.Ordinal));
        Assert.Contains(StoredData.VisitorHash, text, StringComparison.Ordinal);
        Assert.Contains(StoredData.StorageTimestamp, text, StringComparison.Ordinal);
        Assert.Contains($"dưới {SmallCounts.MinAnswers} phiếu trong một ngày", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_fits_the_page_budget_even_for_sixty_offices()
    {
        var office = SamplePages.CaoBang;
        var many = new SiteModel([.. Enumerable.Range(0, 60).Select(i => office with { Slug = $"{office.Slug}-{i}", Name = $"{office.Name} {i}" })]);

        Assert.True(Gzip.Compress(System.Text.Encoding.UTF8.GetBytes(PrivacyPageRenderer.Render(SamplePages.Site, StoredTables.All))).Length <= PageBudget.MaxGzippedBytes);
        Assert.True(Gzip.Compress(System.Text.Encoding.UTF8.GetBytes(PrivacyPageRenderer.Render(many, StoredTables.All))).Length <= PageBudget.MaxGzippedBytes);
    }

    [Fact]
    public void Every_page_of_the_site_links_the_notice_from_its_footer()
    {
        var pages = new SiteRenderer(SamplePages.Site, StoredTables.All).Plan().Where(p => p.ContentType == PagePlan.HtmlContentType).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, p =>
        {
            var footer = SamplePages.Parse(p.Render()).QuerySelector("footer");
            Assert.NotNull(footer?.QuerySelector($"a[href='{SitePaths.Privacy}']"));
        });
    }

    [Fact]
    public void The_survey_form_asks_in_one_line_for_no_personal_details_and_links_the_notice()
    {
        var page = SamplePages.Parse(SurveyPageRenderer.Render(PageModelFactory.Survey(SamplePages.CaoBang, SamplePages.CaoBang.Counters[0])));

        var hint = page.GetElementById("survey-privacy");
        Assert.NotNull(hint);
        Assert.Contains("Xin đừng ghi họ tên, số điện thoại, số giấy tờ hay email", hint.TextContent, StringComparison.Ordinal);
        Assert.NotNull(hint.QuerySelector($"a[href='{SitePaths.Privacy}']"));
    }

    [Fact]
    public void The_survey_endpoint_s_own_pages_link_the_notice_from_their_footer()
    {
        var withoutForm = SurveyReplyPageRenderer.Render(SurveyReplyKind.Invalid, null, null, new SurveyFormValues(), [new("form", "x")]);

        Assert.NotNull(SamplePages.Parse(withoutForm).QuerySelector($"footer a[href='{SitePaths.Privacy}']"));
    }
}
