using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Codes;

public sealed class CodeResolverTests
{
    private const string Yaml =
        "- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: Bảng niêm yết tầng 1\n" +
        "- code: 7qxm\n  target: tp-cao-bang/quay-1\n  placement: Quầy số 1\n" +
        "- code: KS3A\n  target: tp-cao-bang/ho-tich/dang-ky-khai-sinh\n  placement: Tờ thủ tục\n" +
        "- code: CT4M\n  target: tp-cao-bang/ho-tich/chung-thuc-chu-ky-ca-nhan\n  placement: Tờ thủ tục\n" +
        "- code: CB5P\n  target: tp-cao-bang/ho-tich/cap-ban-sao-giay-khai-sinh\n  placement: Tờ thủ tục\n";

    private static readonly CodeRegistry Registry = CodeRegistryLoader.Parse(Yaml, "site/codes.yaml").Registry;

    [Fact]
    public void Boards_counters_and_procedures_open_their_pages()
    {
        const string UnitName = "Bộ phận Một cửa UBND thành phố Cao Bằng";
        var resolved = CodeResolver.Resolve(Registry, SampleSite.Build());

        Assert.Equal(
            new CodeEntry("HT2K", CodeKind.Board, "tp-cao-bang", "tp-cao-bang/ho-tich", "Bảng niêm yết tầng 1", "/tp-cao-bang/ho-tich/", Name: "Hộ tịch", UnitName: UnitName),
            resolved.Find("ht2k"));
        Assert.Equal(
            new CodeEntry("7QXM", CodeKind.Counter, "tp-cao-bang", "tp-cao-bang/quay-1", "Quầy số 1", "/tp-cao-bang/gop-y/quay-1.html", Name: "Quầy số 1 – Hộ tịch, Chứng thực", UnitName: UnitName),
            resolved.Find("7QXM"));
        Assert.Equal(
            new CodeEntry("KS3A", CodeKind.Procedure, "tp-cao-bang", "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "Tờ thủ tục",
                "/tp-cao-bang/ho-tich/dang-ky-khai-sinh.html", "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193",
                Name: "Đăng ký khai sinh", UnitName: UnitName),
            resolved.Find("KS3A"));
    }

    [Fact]
    public void Codes_are_upper_case_and_sorted()
    {
        var codes = CodeResolver.Resolve(Registry, SampleSite.Build()).Codes.Select(c => c.Code).ToList();

        Assert.Equal(["7QXM", "CB5P", "CT4M", "HT2K", "KS3A"], codes);
    }

    [Fact]
    public void A_sheet_renamed_and_moved_to_another_field_keeps_its_printed_code()
    {
        // CT4M was printed for ho-tich/chung-thuc-chu-ky-ca-nhan; the sheet now lives at chung-thuc/chung-thuc-chu-ky.
        var entry = CodeResolver.Resolve(Registry, SampleSite.Build()).Find("CT4M")!;

        Assert.Equal("tp-cao-bang/chung-thuc/chung-thuc-chu-ky", entry.Target);
        Assert.Equal("/tp-cao-bang/chung-thuc/chung-thuc-chu-ky.html", entry.Path);
    }

    [Fact]
    public void Renaming_a_sheet_again_keeps_the_code_when_the_alias_list_grows()
    {
        var site = SampleSite.Build() with { };
        var unit = site.Units[0];
        var moved = unit.Sheets.Single(s => s.Slug == "dang-ky-khai-sinh") with
        {
            Field = "chung-thuc",
            Slug = "dang-ky-khai-sinh-moi",
            Aliases = ["tp-cao-bang/ho-tich/dang-ky-khai-sinh"],
        };
        var renamedSite = new SiteModel([unit with { Sheets = [.. unit.Sheets.Where(s => s.Slug != "dang-ky-khai-sinh"), moved] }]);

        var entry = CodeResolver.Resolve(Registry, renamedSite).Find("KS3A")!;

        Assert.Equal("/tp-cao-bang/chung-thuc/dang-ky-khai-sinh-moi.html", entry.Path);
        Assert.Equal(moved.OnlineUrl, entry.OnlineUrl);
    }

    [Fact]
    public void A_retired_procedures_code_opens_its_own_retired_page()
    {
        var entry = CodeResolver.Resolve(Registry, SampleSite.Build()).Find("CB5P")!;

        Assert.True(entry.Retired);
        Assert.Equal("/tp-cao-bang/ho-tich/cap-ban-sao-giay-khai-sinh.html", entry.Path);
    }

    [Fact]
    public void A_dangling_target_stops_resolution_with_its_line()
    {
        var registry = CodeRegistryLoader.Parse("- code: HT2K\n  target: tp-cao-bang/ho-tich/khong-co\n  placement: Bảng\n", "site/codes.yaml").Registry;

        var error = Assert.Throws<InvalidOperationException>(() => CodeResolver.Resolve(registry, SampleSite.Build()));

        Assert.StartsWith("site/codes.yaml:1:3: target 'tp-cao-bang/ho-tich/khong-co'", error.Message, StringComparison.Ordinal);
    }
}
