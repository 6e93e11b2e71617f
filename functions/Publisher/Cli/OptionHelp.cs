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
        ["--out"] = "thư mục ghi kết quả ra",
        ["--host"] = "tên miền công khai in trong mã QR (không ghi thì lấy từ $SITE_HOST)",
        ["--connection"] = "chuỗi kết nối kho lưu trữ (mặc định: kho giả lập trên máy này, UseDevelopmentStorage=true)",
        ["--account-url"] = "địa chỉ https của tài khoản lưu trữ, đăng nhập bằng Entra ID (dùng trong CI); không cần khóa",
        ["--container"] = "vùng chứa (container) để đăng trang lên (mặc định: $web)",
        ["--dry-run"] = "chỉ in những gì sẽ tải lên và xóa; không ghi gì cả",
        ["--placement"] = "nơi treo các bản in mới, ví dụ \"Bảng niêm yết tầng 1\"",
        ["--published"] = "tệp /_data/codes.json đã đăng lần trước: mọi mã trong đó phải còn trong codes.yaml",
        ["--safety-lag"] = "số giây cuối cùng chưa đếm, để chờ các lượt quét còn đang ghi (0-3600)",
        ["--unit"] = "thư mục của đơn vị trong site/units, ví dụ tp-cao-bang",
        ["--field"] = "thư mục của lĩnh vực trong đơn vị đó, ví dụ ho-tich",
        ["--code"] = "mã thủ tục quốc gia, ví dụ 1.004859: tệp được đặt tên theo mã này",
        ["--port"] = "cổng trên 127.0.0.1 (mặc định 1313; ghi 0 thì tự chọn một cổng trống)",
    };

    private static readonly Dictionary<string, string> ArgumentDescriptions = new(StringComparer.Ordinal)
    {
        ["SITE_DIR"] = "thư mục của người biên tập, ví dụ site",
        ["TITLE"] = "tên thủ tục bằng tiếng Việt, ví dụ \"Đăng ký khai sinh\"",
        ["FILE"] = "danh mục thủ tục .xlsx hoặc .csv, hoặc văn bản thủ tục .docx hay một thư mục chứa chúng, "
            + "tải từ Cơ sở dữ liệu quốc gia về thủ tục hành chính",
    };

    public static string? ForOption(string name) => Descriptions.GetValueOrDefault(name);

    public static string? ForArgument(string name) => ArgumentDescriptions.GetValueOrDefault(name);
}
