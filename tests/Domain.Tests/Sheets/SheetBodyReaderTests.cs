using Markdig;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Tests.Pages;

namespace MotCua.Domain.Tests.Sheets;

public sealed class SheetBodyReaderTests
{
    private static SheetParseResult Parse(string body) =>
        SheetParser.Parse(new SheetSource("thu", "ho-tich", "a", "units/thu/ho-tich/a.md", "site/units/thu/ho-tich/a.md", "---\ntitle: A\n---\n" + body));

    [Fact]
    public void Every_sample_body_rendered_while_read_matches_a_render_of_its_own()
    {
        var links = new SiteLinks(SamplePages.Site);
        var sheets = SamplePages.Site.Units.SelectMany(u => u.Sheets).ToList();

        Assert.Contains(sheets, s => s.BodyHtml is not null && s.Links.Count > 0);
        Assert.All(sheets.Where(s => s.BodyHtml is not null), sheet =>
            Assert.Equal(MarkdownBodyRenderer.RenderDocument(Markdown.Parse(sheet.Body, SheetMarkdown.Render), url => links.Resolve(sheet, url)), sheet.BodyHtml));
    }

    [Fact]
    public void A_body_with_raw_HTML_is_checked_with_the_pipeline_that_sees_it_and_rendered_later()
    {
        var result = Parse("Chữ <b>đậm</b>.\n");

        Assert.Null(result.Sheet!.BodyHtml);
        Assert.Contains(result.Diagnostics, d => d.Line == 4 && d.Message.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_missing_sheet_is_shown_as_text_even_though_the_body_was_rendered_while_read()
    {
        var sheet = Parse("Xem [thủ tục khác](khong-co.md).\n").Sheet!;
        var site = new SiteModel([new Unit("thu", "Phường Thử", "", "", "", [new Field("ho-tich", "Hộ tịch")], [], [sheet])]);

        var html = new MarkdownBodyRenderer(new SiteLinks(site)).Render(sheet);

        Assert.Contains("/thu/ho-tich/khong-co.html", sheet.BodyHtml, StringComparison.Ordinal);
        Assert.Equal("<p>Xem thủ tục khác.</p>\n", html);
    }

    [Fact]
    public void Changing_the_body_of_a_sheet_drops_the_html_of_the_old_one()
    {
        var sheet = Parse("Cũ.\n").Sheet! with { Body = "Mới.\n" };

        Assert.Null(sheet.BodyHtml);
    }
}
