using System.Globalization;
using System.Text;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Verbs;

/// <summary>
/// The text of a new sheet: every front-matter key (empty where the editor has yet to fill it in) and the sections of
/// the national database of administrative procedures, in its order, as `##` headings in Vietnamese.
/// </summary>
internal static class NewSheetTemplate
{
    public static readonly IReadOnlyList<string> Sections =
    [
        "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí và lệ phí",
        "Căn cứ pháp lý", "Yêu cầu, điều kiện thực hiện",
    ];

    private const int MinimumKeyWidth = 20;

    public static string Render(string title, string? nationalCode, DateOnly today) =>
        Render(new SheetDraft(title) { Code = nationalCode }, today);

    /// <summary>The sheet with the values already known (the importer's); the standard sections when it brings no body.</summary>
    public static string Render(SheetDraft draft, DateOnly today)
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append("# Điền các khóa dưới đây theo Cơ sở dữ liệu quốc gia về thủ tục hành chính; khóa chưa biết thì để trống.\n")
            .Append("title: ").Append(CodeRegistryWriter.Scalar(draft.Title)).Append('\n')
            .Append(Line("code", draft.Code, "mã thủ tục quốc gia, ví dụ 1.001193"))
            .Append(Line("level", draft.Level, "toan-trinh, mot-phan hoặc truc-tiep"))
            .Append(Line("agency", Quoted(draft.Agency), "cơ quan thực hiện, ví dụ UBND cấp xã"))
            .Append(Line("applicants", Quoted(draft.Applicants), "đối tượng thực hiện"))
            .Append(Line("processing_time", Quoted(draft.ProcessingTime), "thời hạn giải quyết, ví dụ 03 ngày làm việc"))
            .Append(Line("fee", Quoted(draft.Fee), "phí, lệ phí, ví dụ \"Miễn lệ phí\""))
            .Append(Line("result", Quoted(draft.Result), "kết quả, ví dụ Giấy khai sinh"))
            .Append(Line("online_url", draft.OnlineUrl, "đường dẫn nộp trực tuyến, bắt đầu bằng https://"))
            .Append("updated: ").Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("status: active\n")
            .Append(draft.Body is null ? Line(SheetKeys.Draft, "false", $"true khi còn đang soạn: trang được đăng cả khi còn chữ '{SheetContent.Placeholder}'") : "")
            .Append("# Chỉ điền khi bãi bỏ thủ tục (status: retired): thủ tục thay thế hoặc lý do.\n")
            .Append("replaced_by:\n")
            .Append("retired_reason:\n")
            .Append("# Vị trí cũ của tệp khi chuyển hoặc đổi tên, để mã QR cũ vẫn mở đúng trang.\n")
            .Append("aliases: []\n")
            .Append("---\n");
        if (draft.Body is { } body)
        {
            return text.Append('\n').Append(body).ToString();
        }

        foreach (var section in Sections)
        {
            text.Append("\n## ").Append(section).Append("\n\n").Append(Placeholder(section));
        }

        return text.ToString();
    }

    private static string? Quoted(string? value) => value is null ? null : CodeRegistryWriter.Scalar(value);

    /// <summary>A key, its value if known, and a comment aligned with the others saying what to write.</summary>
    private static string Line(string key, string? value, string comment) => $"{key}: {value}".PadRight(MinimumKeyWidth) + " # " + comment + "\n";

    private static string Placeholder(string section) => section switch
    {
        "Trình tự thực hiện" => "1. **Bước 1:** Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            + "2. **Bước 2:** Công chức tiếp nhận kiểm tra, đối chiếu giấy tờ.\n"
            + "3. **Bước 3:** Trả kết quả tại Bộ phận Một cửa.\n",
        "Thành phần hồ sơ" => "| Tên giấy tờ | Số lượng |\n| --- | --- |\n| Tờ khai (theo mẫu) | 01 |\n",
        _ => SheetContent.Placeholder + "\n",
    };
}

/// <summary>What is known of a sheet before it is written: its title, and the values and body an import brings.</summary>
internal sealed record SheetDraft(string Title)
{
    public string? Code { get; init; }
    public string? Level { get; init; }
    public string? Agency { get; init; }
    public string? Applicants { get; init; }
    public string? ProcessingTime { get; init; }
    public string? Fee { get; init; }
    public string? Result { get; init; }
    public string? OnlineUrl { get; init; }

    /// <summary>The Markdown after the front matter; null for the standard sections with their placeholders.</summary>
    public string? Body { get; init; }
}
