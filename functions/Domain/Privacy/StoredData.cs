using MotCua.Domain.Surveys;

namespace MotCua.Domain.Privacy;

/// <summary>
/// What is stored per scan and per survey answer, column by column, and what is never stored: the privacy notice is
/// rendered from these lists, and a test compares them with the storage records' columns, so a column cannot be added
/// without being described here.
/// </summary>
public static class StoredData
{
    private const string DayKey = "ngày ghi nhận (giờ Việt Nam), dùng để sắp xếp và xoá theo ngày";
    private const string VisitorHash =
        "mã băm một chiều của dải địa chỉ mạng và loại trình duyệt, với khoá đổi mỗi ngày: chỉ để đếm số người, không thể lần ngược ra ai và không nối được giữa hai ngày";

    /// <summary>Columns of a row of <c>scans</c>: one per scan of a QR code or click on "Nộp hồ sơ trực tuyến".</summary>
    public static IReadOnlyList<StoredColumn> Scan { get; } =
    [
        new("PartitionKey", DayKey),
        new("RowKey", "thời điểm quét và một số ngẫu nhiên, để hai lượt quét không trùng nhau"),
        new("Event", "quét mã QR hay bấm nộp hồ sơ trực tuyến"),
        new("Code", "mã QR được quét"),
        new("Kind", "loại mã: bảng lĩnh vực, thủ tục hay quầy"),
        new("Target", "trang mà mã dẫn tới"),
        new("Placement", "nơi dán mã (bảng, tờ thủ tục, quầy)"),
        new("Unit", "đơn vị (bộ phận một cửa)"),
        new("LocalTime", "giờ quét (giờ Việt Nam, đến giây)"),
        new("LocalDate", "ngày quét"),
        new("Device", "loại thiết bị: điện thoại, máy tính bảng hay máy tính"),
        new("IsBot", "lượt truy cập có phải của chương trình tự động (bot) không"),
        new("BotReason", "vì sao coi là bot"),
        new("Referrer", "tên miền của trang dẫn tới (nếu có), không có đường dẫn"),
        new("Visitor", VisitorHash),
    ];

    /// <summary>Columns of a row of <c>surveys</c>: one per answer.</summary>
    public static IReadOnlyList<StoredColumn> Survey { get; } =
    [
        new("PartitionKey", DayKey),
        new("RowKey", "mã băm một chiều của mã phiếu ngẫu nhiên do trang tạo ra (để một phiếu gửi lại chỉ được tính một lần), hoặc mã người dùng trong ngày, quầy, câu trả lời và khoảng 10 phút"),
        new("Counter", "quầy được đánh giá"),
        new("Unit", "đơn vị (bộ phận một cửa)"),
        new("Option", "mức độ hài lòng đã chọn"),
        new("Reasons", "các lý do đã chọn"),
        new("Comment", "ý kiến khác, sau khi đã che thông tin cá nhân (xem dưới)"),
        new("Procedure", "thủ tục đã chọn (nếu có)"),
        new("LocalTime", "giờ gửi (giờ Việt Nam, đến giây)"),
        new("LocalDate", "ngày gửi"),
        new("Channel", "gửi từ biểu mẫu hay do trang gửi lại khi mạng có lại"),
        new("Visitor", VisitorHash),
        new("Misuse", "phiếu có bị đánh dấu lạm dụng (gửi quá nhiều, ô bẫy máy) không"),
        new("MisuseReason", "vì sao bị đánh dấu"),
    ];

    /// <summary>What is never stored, whatever the request carries.</summary>
    public static IReadOnlyList<string> Never { get; } =
    [
        "địa chỉ IP, dù đầy đủ hay cắt ngắn",
        "chuỗi nhận dạng trình duyệt (user-agent) nguyên văn",
        "mã phiếu ngẫu nhiên do trang tạo ra (chỉ giữ mã băm một chiều của nó)",
        "họ tên, số điện thoại, số giấy tờ, email: không có ô nào hỏi, và trong ý kiến khác thì bị che trước khi lưu",
        "cookie hay mã theo dõi người dùng qua nhiều ngày",
    ];

    /// <summary>How a comment is masked before it is stored.</summary>
    public static IReadOnlyList<CommentMaskRule> CommentMasks => CommentMask.Rules;
}
