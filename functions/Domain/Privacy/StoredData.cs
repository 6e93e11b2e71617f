using MotCua.Domain.Pages;
using MotCua.Domain.Surveys;

namespace MotCua.Domain.Privacy;

/// <summary>
/// Everything the privacy notice says about data beside the tables' columns (which the storage library describes
/// with its entities, <c>StoredTables</c>), in the words it says it: what is never stored, what stays on the phone,
/// what the logs hold, where it all lives and who processes it. The notice is rendered from these lists, and tests
/// tie each of them to the code that makes it true (the scripts' storage names, the mask's rules, the retention job,
/// the deployment's region).
/// </summary>
public static class StoredData
{
    /// <summary>What a rating slip ties, and for how long.</summary>
    public static string SlipLink { get; } =
        "Phiếu đánh giá có mã QR dán trên giấy tiếp nhận hồ sơ chỉ dùng được một lần. Câu trả lời không ghi mã phiếu; dấu “phiếu đã dùng” " +
        "được ghi cùng lúc với câu trả lời, nên trong thời gian câu trả lời còn được giữ, người quản trị hệ thống (không phải cán bộ một cửa) " +
        "có thể dựa vào thời điểm dịch vụ lưu trữ tự ghi để biết câu trả lời thuộc phiếu nào. Hệ thống không ghi phiếu nào được dán vào hồ sơ của ai.";

    /// <summary>How "the person who sent it that day" is told apart without being known.</summary>
    public static string VisitorHash { get; } =
        "“Người gửi trong ngày” là mã băm một chiều (HMAC-SHA256) của dải địa chỉ mạng (IPv4 /24 hoặc IPv6 /64) và loại trình duyệt, " +
        "với khoá ngẫu nhiên của ngày đó. Bản thân mã này không được lưu, chỉ các mã băm làm từ nó như trên. Khoá của mỗi ngày bị xoá " +
        "ở lần tính số liệu đầu tiên sau khi cả ngày đó đã được tính xong (các lần tính cách nhau 15 phút; dù thế nào cũng không quá " + RetentionPolicy.MaxDays + " ngày), nên sau đó không ai, kể cả người quản trị, " +
        "tính lại được hay nối được phiếu của các ngày khác nhau.";

    /// <summary>The time storage itself writes beside every row, which no program can leave out.</summary>
    public const string StorageTimestamp =
        "Dịch vụ lưu trữ tự ghi thời điểm ghi mỗi dòng (cột Timestamp, đến phần nghìn giây). Chỉ người quản trị hệ thống xem được; " +
        "nó không được công bố, không được dùng để tính số liệu và bị xoá cùng dòng.";

    /// <summary>What is never stored, whatever the request carries.</summary>
    public static IReadOnlyList<string> Never { get; } =
    [
        "địa chỉ IP, dù đầy đủ hay cắt ngắn",
        "chuỗi nhận dạng trình duyệt (user-agent) nguyên văn",
        "mã phiếu ngẫu nhiên do trang tạo ra (chỉ giữ mã băm một chiều của nó)",
        "bất cứ mã nào nối được các lượt quét của cùng một người, hay nối lượt quét với phiếu đánh giá",
        "họ tên, số điện thoại, số giấy tờ, email: không có ô nào hỏi; trong ý kiến khác thì được che như trên, trừ những gì không nhận ra được",
        "cookie hay mã theo dõi người dùng qua nhiều ngày",
    ];

    /// <summary>What the site keeps on the phone.</summary>
    public static IReadOnlyList<PhoneStore> OnPhone { get; } =
    [
        new($"localStorage “{SurveyScript.PendingKey}”",
            "phiếu đánh giá ông/bà đã bấm gửi khi chưa chắc có mạng, để trang tự gửi lại khi có mạng",
            "xoá ngay khi phiếu đã tới máy chủ"),
        new($"bộ nhớ đệm “{ServiceWorkerScript.CacheName}” (service worker)",
            "bản sao các trang ông/bà đã mở và trang lĩnh vực của thủ tục đó, để mở lại được khi mất mạng; không gửi đi đâu",
            "đến khi ông/bà xoá dữ liệu trang web trong cài đặt trình duyệt"),
    ];

    /// <summary>What the operations logs hold.</summary>
    public static IReadOnlyList<string> Logs { get; } =
    [
        "Nhật ký vận hành (Azure Application Insights) ghi mỗi lượt gọi chức năng: đường dẫn (có mã QR), thời điểm, kết quả và thời gian xử lý, cùng lỗi nếu có.",
        "Application Insights không lưu địa chỉ IP (thay bằng 0.0.0.0), chỉ giữ tỉnh/thành phố và quốc gia suy ra từ nó. Chương trình không ghi vào nhật ký địa chỉ IP, chuỗi nhận dạng trình duyệt hay nội dung phiếu.",
        $"Nhật ký được giữ {LogDays} ngày rồi tự xoá.",
    ];

    /// <summary>Days the operations logs are kept: the deployment's default (<c>logRetentionDays</c> in infra/main.bicep).</summary>
    public const int LogDays = 90;

    /// <summary>The Azure region the deployment guide puts everything in (<c>az group create --location</c>).</summary>
    public const string AzureRegion = "southeastasia";

    /// <summary>Where the data lives and who processes it.</summary>
    public static IReadOnlyList<string> Location { get; } =
    [
        "Dữ liệu trên được lưu trên dịch vụ đám mây Microsoft Azure, tại trung tâm dữ liệu khu vực Đông Nam Á (Singapore). Microsoft là bên xử lý dữ liệu, theo hợp đồng dịch vụ đám mây với bên kiểm soát.",
        "Vì trung tâm dữ liệu ở Singapore, đây là việc chuyển dữ liệu cá nhân ra nước ngoài theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.",
        "Dữ liệu đi giữa điện thoại và máy chủ đều được mã hoá (HTTPS; địa chỉ http:// được chuyển sang https://).",
    ];

    /// <summary>How a comment is masked before it is stored.</summary>
    public static IReadOnlyList<CommentMaskRule> CommentMasks => CommentMask.Rules;

    /// <summary>What the mask cannot recognise reliably, said plainly.</summary>
    public static IReadOnlyList<string> NotMasked => CommentMask.NotMasked;
}
