using MotCua.Data.Privacy;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Pages;

/// <summary>
/// What editors copy from the national portal (a file named by the code, the portal's words for the level, a date as
/// day/month/year) is accepted and renders byte for byte as the canonical form.
/// </summary>
public sealed class NaturalInputPageTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private const string Body = "## Trình tự thực hiện\n\nBước 1: nộp tờ khai.\n\nXem thêm [khai tử](dang-ky-khai-tu.md).\n\n## Thành phần hồ sơ\n\nTờ khai.\n";

    private static readonly string Other = TempSite.Sheet("Đăng ký khai tử");

    private static (SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics) Load(string fileName, string frontMatter)
    {
        using var site = new TempSite();
        site.Write($"units/thu/ho-tich/{fileName}", $"---\ntitle: Đăng ký kết hôn\n{frontMatter}---\n{Body}");
        site.Write("units/thu/ho-tich/dang-ky-khai-tu.md", Other);
        return SiteValidator.Validate(site.Root, Today);
    }

    private static Dictionary<string, byte[]> Pages(SiteModel site) =>
        new SiteRenderer(site, StoredTables.All).BuildAll().ToDictionary(p => p.BlobName, p => p.Bytes, StringComparer.Ordinal);

    [Fact]
    public void A_sheet_named_by_its_national_code_with_the_portals_words_renders_as_its_canonical_form()
    {
        var (natural, naturalProblems) = Load("1.004859.md", "level: Một phần\nupdated: 01/07/2026\n");
        var (canonical, canonicalProblems) = Load("1-004859.md", "code: 1.004859\nlevel: mot-phan\nupdated: 2026-07-01\n");

        Assert.Empty(naturalProblems);
        Assert.Empty(canonicalProblems);
        var naturalPages = Pages(natural);
        var canonicalPages = Pages(canonical);
        Assert.Contains("thu/ho-tich/1-004859.html", naturalPages.Keys);
        Assert.Equal(canonicalPages.Keys.Order(StringComparer.Ordinal), naturalPages.Keys.Order(StringComparer.Ordinal));
        Assert.All(canonicalPages, page => Assert.Equal(page.Value, naturalPages[page.Key]));
    }

    [Fact]
    public void A_sheet_named_by_its_code_gets_the_code_from_its_name()
    {
        var (site, problems) = Load("1.004859.md", "");

        Assert.Empty(problems);
        var sheet = Assert.Single(site.Units[0].Sheets, s => s.Slug == "1-004859");
        Assert.Equal("1.004859", sheet.NationalCode);
    }

    [Fact]
    public void A_code_that_disagrees_with_the_file_name_is_an_error_at_the_code()
    {
        var (_, problems) = Load("1.004859.md", "code: 1.001193\n");

        var error = Assert.Single(problems);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("tên tệp là mã 1.004859", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_may_name_a_sheet_by_its_code_file()
    {
        using var site = new TempSite();
        site.Write("units/thu/ho-tich/1.004859.md", TempSite.Sheet("Đăng ký kết hôn"));
        site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("A", body: "Xem [kết hôn](1.004859.md).\n"));

        var (loaded, problems) = SiteValidator.Validate(site.Root, Today);

        Assert.Empty(problems);
        var page = new SiteRenderer(loaded, StoredTables.All).BuildAll().Single(p => p.BlobName == "thu/ho-tich/a.html");
        Assert.Contains("href=\"/thu/ho-tich/1-004859.html\"", System.Text.Encoding.UTF8.GetString(page.Bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Toàn trình", ServiceLevel.ToanTrinh)]
    [InlineData("toan trinh", ServiceLevel.ToanTrinh)]
    [InlineData("TOÀN TRÌNH", ServiceLevel.ToanTrinh)]
    [InlineData("toan-trinh", ServiceLevel.ToanTrinh)]
    [InlineData("Một phần", ServiceLevel.MotPhan)]
    [InlineData("mot phan", ServiceLevel.MotPhan)]
    [InlineData("Trực tiếp", ServiceLevel.TrucTiep)]
    [InlineData("truc-tiep", ServiceLevel.TrucTiep)]
    public void The_level_accepts_the_portals_words_and_the_slugs(string text, ServiceLevel expected)
    {
        Assert.True(SheetKeys.TryParseLevel(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("01/07/2026")]
    [InlineData("1/7/2026")]
    [InlineData("2026-07-01")]
    public void A_date_accepts_day_month_year_and_ISO(string text)
    {
        Assert.True(SheetFormats.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(2026, 7, 1), date);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("07/01/26")]
    [InlineData("2026/07/01")]
    public void An_impossible_or_ambiguous_date_is_refused(string text) =>
        Assert.False(SheetFormats.TryParseDate(text, out _));
}
