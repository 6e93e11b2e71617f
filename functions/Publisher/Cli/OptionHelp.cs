namespace MotCua.Publisher.Cli;

/// <summary>
/// What each option and argument means, in the editors' words, for `publisher VERB --help` and for the line that
/// says what is missing. One glossary for all verbs, because an option keeps its meaning from verb to verb
/// (--out is always the output folder).
/// </summary>
internal static class OptionHelp
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["--out"] = "Thư mục ghi kết quả ra",
        ["--host"] = "Tên miền in trong mã QR, ví dụ qr.caobang.gov.vn; không ghi thì lấy từ biến môi trường SITE_HOST",
        ["--connection"] = "Chuỗi kết nối kho lưu trữ; mặc định là Azurite, kho lưu trữ chạy thử trên máy này: UseDevelopmentStorage=true",
        ["--account-url"] = "Địa chỉ https của kho lưu trữ trên Azure, đăng nhập bằng Entra ID như máy kiểm tra (CI) làm; không cần khóa",
        ["--container"] = "Vùng chứa để đăng trang lên; mặc định $web",
        ["--dry-run"] = "Chỉ in những gì sẽ tải lên và xóa; không ghi gì cả",
        ["--placement"] = "Nơi treo các bản in mới, ví dụ \"Bảng niêm yết tầng 1\"",
        ["--published"] = "Tệp /_data/codes.json của lần đăng trước: mọi mã QR trong đó phải còn trong codes.yaml",
        ["--safety-lag"] = "Số giây cuối cùng chưa đếm, để chờ các lượt quét còn đang ghi; từ 0 đến 3600",
        ["--unit"] = "Thư mục của đơn vị trong site/units, ví dụ phuong-thuc-phan",
        ["--field"] = "Thư mục của lĩnh vực trong đơn vị đó, ví dụ ho-tich",
        ["--code"] = "Mã thủ tục quốc gia, ví dụ 1.004859; tệp được đặt tên theo mã này: 1.004859.md",
        ["--count"] = "Số phiếu cần in, từ 1 đến 2400",
        ["--layout"] = "Khổ giấy nhãn: a4-24 (mặc định, 24 nhãn 70 × 37 mm), a4-21 (63,5 × 38,1 mm) hoặc a4-14 (99,1 × 38,1 mm)",
        ["--port"] = "Cổng trên 127.0.0.1; mặc định 1313, ghi 0 thì tự chọn một cổng trống",
    };

    private static readonly Dictionary<string, string> ArgumentDescriptions = new(StringComparer.Ordinal)
    {
        [Placeholder.SiteDir] = "Thư mục trang của người biên tập, ví dụ site",
        [Placeholder.Title] = "Tên thủ tục bằng tiếng Việt, ví dụ \"Đăng ký khai sinh\"",
        [Placeholder.Files] = "Danh mục thủ tục .xlsx hoặc .csv, hoặc văn bản thủ tục .docx hay một thư mục chứa chúng, "
            + "tải từ Cơ sở dữ liệu quốc gia về thủ tục hành chính",
    };

    public static string? ForOption(string name) => Descriptions.GetValueOrDefault(name);

    public static string? ForArgument(string name) => ArgumentDescriptions.GetValueOrDefault(name);
}
