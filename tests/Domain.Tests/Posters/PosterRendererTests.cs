using System.Text.RegularExpressions;
using System.Xml.Linq;
using MotCua.Domain.Codes;
using MotCua.Domain.Posters;
using MotCua.Domain.Qr;
using MotCua.Domain.Tests.Codes;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Posters;

public sealed partial class PosterRendererTests
{
    private static readonly UnitPosters Plan = Assert.Single(PosterPlanner.Plan(
        CodeRegistryLoader.Parse(
            "- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: Bảng niêm yết tầng 1\n- code: 7QXM\n  target: tp-cao-bang/quay-1\n  placement: Quầy số 1\n",
            "codes.yaml").Registry,
        SampleSite.Build(),
        "qr.caobang.gov.vn"));

    [Fact]
    public void A_counter_poster_matches_the_approved_page()
    {
        var html = PosterRenderer.RenderPage(Plan, Plan.Posters[1]);

        Approval.Verify("Approved/quay-1-7qxm.html", html);
    }

    [Fact]
    public void A_board_poster_is_an_a4_vietnamese_page_with_the_field_code_qr_and_procedures()
    {
        var html = PosterRenderer.RenderPage(Plan, Plan.Posters[0]);

        Assert.StartsWith("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Lĩnh vực Hộ tịch</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"code\">HT2K</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"url\">qr.caobang.gov.vn/s/HT2K</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Đăng ký khai sinh</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", html, StringComparison.Ordinal);
        Assert.True(html.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void The_inline_qr_is_the_codes_url_at_level_q_and_at_least_6_cm_wide()
    {
        var html = PosterRenderer.RenderPage(Plan, Plan.Posters[0]);
        var svg = XElement.Parse(SvgPattern().Match(html).Value);

        var width = double.Parse(svg.Attribute("width")!.Value.TrimEnd('c', 'm'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(width >= 6, $"{width} cm");
        var expected = QrSvgRenderer.Instance.Render(QrMatrix.Encode("HTTPS://QR.CAOBANG.GOV.VN/S/HT2K", QrEcc.Q), "9cm", "HTTPS://QR.CAOBANG.GOV.VN/S/HT2K");
        Assert.Equal(expected, SvgPattern().Match(html).Value);
    }

    [Fact]
    public void A_counter_poster_asks_the_satisfaction_question()
    {
        var html = PosterRenderer.RenderPage(Plan, Plan.Posters[1]);

        Assert.Contains("Ông/bà có hài lòng với sự phục vụ tại quầy này không?", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Quầy số 1 – Hộ tịch, Chứng thực</h1>", html, StringComparison.Ordinal);
        Assert.Equal(CodeKind.Counter, Plan.Posters[1].Kind);
    }

    [Fact]
    public void The_unit_file_has_every_poster_one_page_each_and_links_them()
    {
        var html = PosterRenderer.RenderUnit(Plan);

        Assert.Equal(2, Regex.Count(html, "<section class=\"poster\""));
        Assert.Contains("href=\"ho-tich-ht2k.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"quay-1-7qxm.html\"", html, StringComparison.Ordinal);
        Assert.Contains("break-after:page", html, StringComparison.Ordinal);
        Assert.Contains("@media print{nav{display:none}}", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<svg.*?</svg>")]
    private static partial Regex SvgPattern();
}
