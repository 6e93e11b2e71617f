using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Codes;

/// <summary>A small site in code: one unit with two fields, a counter, a renamed-and-moved sheet and a retired one.</summary>
internal static class SampleSite
{
    public const string Unit = "tp-cao-bang";

    public static SiteModel Build(params Sheet[] extra)
    {
        Sheet[] sheets =
        [
            Sheet("ho-tich", "dang-ky-khai-sinh", "Đăng ký khai sinh") with { OnlineUrl = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193" },
            Sheet("chung-thuc", "chung-thuc-chu-ky", "Chứng thực chữ ký") with { Aliases = ["tp-cao-bang/ho-tich/chung-thuc-chu-ky-ca-nhan"] },
            Sheet("ho-tich", "cap-ban-sao-giay-khai-sinh", "Cấp bản sao giấy khai sinh") with { Retired = true, ReplacedBy = "tp-cao-bang/ho-tich/cap-ban-sao-trich-luc-ho-tich" },
            Sheet("ho-tich", "cap-ban-sao-trich-luc-ho-tich", "Cấp bản sao trích lục hộ tịch"),
            .. extra,
        ];
        var unit = new Unit(Unit, "Bộ phận Một cửa UBND thành phố Cao Bằng", "Số 042 đường Kim Đồng", "7:30–16:30", "0206 3852 113",
            [new Field("ho-tich", "Hộ tịch"), new Field("chung-thuc", "Chứng thực")],
            [new Counter("quay-1", "Quầy số 1 – Hộ tịch, Chứng thực")],
            sheets);
        return new SiteModel([unit]);
    }

    public static Sheet Sheet(string field, string slug, string title) => new()
    {
        Unit = Unit,
        Field = field,
        Slug = slug,
        SourcePath = $"units/{Unit}/{field}/{slug}.md",
        Title = title,
        Body = "## Hồ sơ\n",
    };
}
