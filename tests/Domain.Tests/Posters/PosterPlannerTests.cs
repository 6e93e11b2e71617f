using MotCua.Domain.Codes;
using MotCua.Domain.Posters;
using MotCua.Domain.Tests.Codes;

namespace MotCua.Domain.Tests.Posters;

public sealed class PosterPlannerTests
{
    private const string Yaml =
        "- code: 7QXM\n  target: tp-cao-bang/quay-1\n  placement: Quầy số 1\n" +
        "- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: Bảng niêm yết tầng 1\n" +
        "- code: HT3K\n  target: tp-cao-bang/ho-tich\n  placement: Sảnh tầng 2\n" +
        "- code: CT4M\n  target: tp-cao-bang/chung-thuc\n  placement: Bảng cũ\n  retired: true\n" +
        "- code: KS3A\n  target: tp-cao-bang/ho-tich/dang-ky-khai-sinh\n  placement: Tờ thủ tục\n";

    private static readonly UnitPosters Plan =
        Assert.Single(PosterPlanner.Plan(CodeRegistryLoader.Parse(Yaml, "codes.yaml").Registry, SampleSite.Build(), "qr.caobang.gov.vn"));

    [Fact]
    public void Each_live_board_and_counter_code_gets_a_poster_boards_first()
    {
        Assert.Equal(
            [("HT2K", CodeKind.Board, "ho-tich-ht2k.html"), ("HT3K", CodeKind.Board, "ho-tich-ht3k.html"), ("7QXM", CodeKind.Counter, "quay-1-7qxm.html")],
            Plan.Posters.Select(p => (p.Code, p.Kind, p.FileName)));
    }

    [Fact]
    public void A_board_poster_lists_its_active_procedures_only()
    {
        var board = Plan.Posters[0];

        Assert.Equal("Hộ tịch", board.Title);
        Assert.Equal(["Đăng ký khai sinh", "Cấp bản sao trích lục hộ tịch"], board.Procedures);
        Assert.Equal("HTTPS://QR.CAOBANG.GOV.VN/S/HT2K", board.Url);
    }

    [Fact]
    public void A_unit_without_board_or_counter_codes_has_no_posters()
    {
        var registry = CodeRegistryLoader.Parse("- code: KS3A\n  target: tp-cao-bang/ho-tich/dang-ky-khai-sinh\n  placement: Tờ\n", "codes.yaml").Registry;

        Assert.Empty(PosterPlanner.Plan(registry, SampleSite.Build(), "qr.caobang.gov.vn"));
    }
}
