using MotCua.Data.Scans;
using MotCua.Data.Slips;
using MotCua.Data.Surveys;
using MotCua.Domain.Privacy;
using MotCua.Domain.Surveys;

namespace MotCua.Data.Privacy;

/// <summary>
/// What each table that holds anything about a person stores, column by column, in the words the privacy notice says
/// it. Each column is named by its entity's property (<c>nameof</c>), so a column is declared once, by its entity, and
/// the notice cannot describe one that is not written or miss one that is (StoredTablesTests).
/// </summary>
public static class StoredTables
{
    private const string DayKey = "ngày ghi nhận (giờ Việt Nam), dùng để sắp xếp và xoá theo ngày";

    /// <summary>Columns of a row of <c>scans</c>: one per scan of a QR code or click on "Nộp hồ sơ trực tuyến".</summary>
    public static StoredTable Scan { get; } = new("Mỗi lượt quét mã ghi lại",
    [
        new(nameof(TableRow.PartitionKey), DayKey),
        new(nameof(TableRow.RowKey), "thời điểm quét và một số ngẫu nhiên, để hai lượt quét không trùng nhau"),
        new(nameof(ScanEntity.Event), "quét mã QR hay bấm nộp hồ sơ trực tuyến"),
        new(nameof(ScanEntity.Code), "mã QR được quét"),
        new(nameof(ScanEntity.Kind), "loại mã: bảng lĩnh vực, thủ tục hay quầy"),
        new(nameof(ScanEntity.Target), "trang mà mã dẫn tới"),
        new(nameof(ScanEntity.Placement), "nơi dán mã (bảng, tờ thủ tục, quầy)"),
        new(nameof(ScanEntity.Unit), "đơn vị (bộ phận một cửa)"),
        new(nameof(ScanEntity.LocalTime), "giờ quét (giờ Việt Nam, đến giây)"),
        new(nameof(ScanEntity.LocalDate), "ngày quét"),
        new(nameof(ScanEntity.Device), "loại thiết bị: điện thoại, máy tính bảng hay máy tính"),
        new(nameof(ScanEntity.IsBot), "lượt truy cập có phải của chương trình tự động (bot) không"),
        new(nameof(ScanEntity.BotReason), "vì sao coi là bot"),
        new(nameof(ScanEntity.Referrer), "tên miền của trang dẫn tới (nếu có), không có đường dẫn"),
    ]);

    /// <summary>Columns of an answer's row of <c>surveys</c>.</summary>
    public static StoredTable Survey { get; } = new("Mỗi phiếu đánh giá ghi lại",
    [
        new(nameof(TableRow.PartitionKey), "ngày gửi (giờ Việt Nam) và đơn vị, dùng để sắp xếp và xoá theo ngày"),
        new(nameof(TableRow.RowKey), "mã băm một chiều của mã phiếu ngẫu nhiên do trang tạo ra (để một phiếu gửi lại chỉ được tính một lần), hoặc, khi trang không chạy được JavaScript, mã băm một chiều của người gửi trong ngày, quầy, câu trả lời và khoảng 10 phút"),
        new(nameof(SurveyEntity.Counter), "quầy được đánh giá"),
        new(nameof(SurveyEntity.Unit), "đơn vị (bộ phận một cửa)"),
        new(nameof(SurveyEntity.Option), "mức độ hài lòng đã chọn"),
        new(nameof(SurveyEntity.Reasons), "các lý do đã chọn"),
        new(nameof(SurveyEntity.Comment), "ý kiến khác, sau khi đã che thông tin cá nhân (xem dưới)"),
        new(nameof(SurveyEntity.Procedure), "thủ tục đã chọn (nếu có)"),
        new(nameof(SurveyEntity.LocalHour), "giờ gửi, chỉ đến giờ (không có phút, giây), để nhân viên không đối chiếu được phiếu với người vừa làm thủ tục"),
        new(nameof(SurveyEntity.LocalDate), "ngày gửi"),
        new(nameof(SurveyEntity.Channel), "gửi từ biểu mẫu hay do trang gửi lại khi mạng có lại"),
        new(nameof(SurveyEntity.Misuse), "phiếu có bị đánh dấu lạm dụng không (ô bẫy máy được điền, gửi từ trang web khác, gửi quá nhiều)"),
        new(nameof(SurveyEntity.MisuseReason), "vì sao bị đánh dấu"),
    ]);

    /// <summary>Columns of a tally row of <c>surveys</c>: one per person, counter and day that has answers.</summary>
    public static StoredTable SurveyTally { get; } = new("Để chặn gửi phiếu hàng loạt, mỗi người gửi tại một quầy trong một ngày có một dòng đếm",
    [
        new(nameof(TableRow.PartitionKey), "ngày gửi (giờ Việt Nam) và đơn vị"),
        new(nameof(TableRow.RowKey), "mã băm một chiều của người gửi trong ngày và quầy"),
        new(nameof(SurveyTallyEntity.Count), $"số phiếu người đó đã gửi ở quầy đó trong ngày: quá một giới hạn (mặc định {SurveyLimits.MaxAnswersPerVisitorCounterDay} phiếu) thì các phiếu sau bị đánh dấu gửi quá nhiều"),
    ]);

    /// <summary>Columns of an answer's row of <c>slipanswers</c>: one per rating slip answered.</summary>
    public static StoredTable SlipAnswer { get; } = new("Mỗi phiếu đánh giá dán trên giấy tiếp nhận hồ sơ, khi được trả lời, ghi lại",
    [
        new(nameof(TableRow.PartitionKey), "đơn vị (bộ phận một cửa) đã phát phiếu"),
        new(nameof(TableRow.RowKey), "giờ gửi (giờ Việt Nam, chỉ đến giờ) và một số ngẫu nhiên; không có mã phiếu"),
        new(nameof(SlipAnswerEntity.Option), "mức độ hài lòng đã chọn"),
        new(nameof(SlipAnswerEntity.Reasons), "các lý do không hài lòng đã chọn"),
        new(nameof(SlipAnswerEntity.Comment), "ý kiến khác, sau khi đã che thông tin cá nhân (xem dưới)"),
        new(nameof(SlipAnswerEntity.LocalHour), "giờ gửi, chỉ đến giờ (không có phút, giây)"),
        new(nameof(SlipAnswerEntity.LocalDate), "ngày gửi"),
    ]);

    /// <summary>Columns of a use row of <c>slipanswers</c>: the mark that a slip has been answered.</summary>
    public static StoredTable SlipUse { get; } = new("Mỗi phiếu đã dùng có một dòng đánh dấu",
    [
        new(nameof(TableRow.PartitionKey), "đơn vị (bộ phận một cửa) đã phát phiếu"),
        new(nameof(TableRow.RowKey), "mã của phiếu đã dùng, để phiếu không dùng lại được"),
    ]);

    /// <summary>Columns of a row of <c>visitorkeys</c>: one per day whose statistics are not final yet.</summary>
    public static StoredTable VisitorKey { get; } = new("Khoá của từng ngày",
    [
        new(nameof(TableRow.PartitionKey), "luôn là “day”"),
        new(nameof(TableRow.RowKey), "ngày (giờ Việt Nam)"),
        new(nameof(VisitorKeyEntity.Key), "khoá ngẫu nhiên của ngày đó"),
    ]);

    /// <summary>Every table the notice describes, in the order it describes them.</summary>
    public static IReadOnlyList<StoredTable> All { get; } = [Scan, Survey, SurveyTally, VisitorKey, SlipAnswer, SlipUse];
}
