using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Pages;

public sealed class MarkdownBodyRendererTests
{
    private static readonly SiteModel Site = new([
        new Unit("thu", "Phường Thử", "", "", "", [new Field("ho-tich", "Hộ tịch")], [], [SheetWith("b", "B"), SheetWith("a", "A")]),
    ]);

    private static Sheet SheetWith(string slug, string body) => new()
    {
        Unit = "thu", Field = "ho-tich", Slug = slug, SourcePath = $"units/thu/ho-tich/{slug}.md", Title = slug, Body = body,
    };

    private static string Render(string body) => new MarkdownBodyRenderer(new SiteLinks(Site)).Render(SheetWith("a", body));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Chữ <img src=x onerror=alert(1)> chữ")]
    [InlineData("<div onclick=\"alert(1)\">bấm</div>")]
    [InlineData("[bấm](javascript:alert(1))")]
    [InlineData("[bấm](JaVaScRiPt:alert(1))")]
    [InlineData("[bấm](&#106;avascript:alert(1))")]
    [InlineData("[bấm]( javascript:alert(1) )")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[bấm](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[bấm][x]\n\n[x]: vbscript:msgbox")]
    [InlineData("![ảnh](https://evil.example/track.png)")]
    [InlineData("![ảnh](//evil.example/track.png \"t\")")]
    [InlineData("<a href=\"javascript:alert(1)\">bấm</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Hostile_markdown_never_reaches_the_page_as_markup(string body)
    {
        var document = SamplePages.Parse(Render(body));

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, object, embed, style, div"));
        Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.All(document.QuerySelectorAll("a"), a =>
            Assert.Matches("^(https?:|mailto:|tel:|/|#)", a.GetAttribute("href") ?? ""));
    }

    [Fact]
    public void Links_between_sheets_become_absolute_site_paths()
    {
        var html = Render("[b](b.md) [b2](./b.md#buoc-2) [bảng](/thu/ho-tich/)");

        var hrefs = SamplePages.Parse(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["/thu/ho-tich/b.html", "/thu/ho-tich/b.html#buoc-2", "/thu/ho-tich/"], hrefs);
    }

    [Fact]
    public void A_broken_sheet_link_is_kept_as_plain_text()
    {
        var document = SamplePages.Parse(Render("Xem [khai tử](khai-tu.md)."));

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Contains("Xem khai tử.", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_body_renders_as_the_approved_HTML()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Domain.Tests", "Pages", "Approved", "body.md"));

        Approval.Verify("Approved/body.html", Render(markdown));
    }
}
