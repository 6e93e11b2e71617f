using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Merger;

/// <summary>
/// A city office split into two wards from 1 July 2025: the first ward takes what no moved_to line sends elsewhere;
/// one field goes to the province's board, one to the second ward, one has no counterpart anywhere.
/// </summary>
internal static class MergerSite
{
    public static readonly DateOnly From = new(2025, 7, 1);

    public static SiteModel Build(IReadOnlyDictionary<string, string>? movedTo = null, params Sheet[] extraOld)
    {
        var city = new Unit("tp-cu", "UBND thành phố Cũ", "Số 1 đường Kim Đồng", "7:30–16:30", "0206 000 000",
            [new Field("ho-tich", "Hộ tịch"), new Field("giao-thong", "Giao thông"), new Field("giao-duc", "Giáo dục"), new Field("nong-nghiep", "Nông nghiệp")],
            [new Counter("quay-1", "Quầy 1"), new Counter("quay-9", "Quầy 9")],
            [
                Sheet("tp-cu", "ho-tich", "dang-ky-khai-sinh", "Đăng ký khai sinh", "1.001193"),
                Sheet("tp-cu", "ho-tich", "dang-ky-khai-tu", "Đăng ký khai tử", null),
                Sheet("tp-cu", "ho-tich", "ghi-chu-ly-hon", "Ghi vào sổ việc ly hôn ở nước ngoài", "1.000000"),
                Sheet("tp-cu", "giao-thong", "cap-phep-thi-cong", "Cấp phép thi công", null),
                Sheet("tp-cu", "giao-duc", "chuyen-truong", "Chuyển trường", null),
                Sheet("tp-cu", "nong-nghiep", "ho-tro-thien-tai", "Hỗ trợ thiên tai", null),
                .. extraOld,
            ])
        {
            Merger = new UnitMerger(["phuong-a", "phuong-b"], From, movedTo ?? new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["giao-thong"] = "phuong-a/cap-tinh",
                ["nong-nghiep"] = "phuong-b",
            }),
            SourcePath = "site/units/tp-cu/unit.yaml",
        };
        var wardA = new Unit("phuong-a", "UBND phường A", "Số 1 đường Kim Đồng, phường A", "7:30–16:30", "0206 111 111",
            [new Field("ho-tich", "Hộ tịch"), new Field("cap-tinh", "Thủ tục nay do cấp tỉnh giải quyết")],
            [new Counter("quay-1", "Quầy 1")],
            [
                Sheet("phuong-a", "ho-tich", "khai-sinh", "Đăng ký khai sinh", "1.001193"),
                Sheet("phuong-a", "ho-tich", "dang-ky-khai-tu", "Đăng ký khai tử", null),
            ]);
        var wardB = new Unit("phuong-b", "UBND phường B", "Phường B", "7:30–16:30", "0206 222 222",
            [new Field("nong-nghiep", "Nông nghiệp")], [], []);
        return new SiteModel([city, wardA, wardB]);
    }

    public static Sheet Sheet(string unit, string field, string slug, string title, string? code) => new()
    {
        Unit = unit,
        Field = field,
        Slug = slug,
        SourcePath = $"units/{unit}/{field}/{slug}.md",
        DisplayPath = $"site/units/{unit}/{field}/{slug}.md",
        Title = title,
        NationalCode = code,
        Body = "## Hồ sơ\n",
    };

    public static CodeRegistry Registry(params string[] targets) =>
        CodeRegistryLoader.Parse(
            string.Concat(targets.Select((t, i) => $"- code: M{Alphabet(i)}2K\n  target: {t}\n  placement: Bảng niêm yết\n")),
            "site/codes.yaml").Registry;

    private static char Alphabet(int i) => "ABCDEFGHJKMNPQRSTUVWXYZ"[i];
}
