namespace MotCua.Publisher.Tests.Import;

/// <summary>
/// Procedure documents as the national database exports them, with the text of the sample sheets: one in paragraphs
/// (headings numbered, one without diacritics, a table inside a step, merged cells, a multi-case Thành phần hồ sơ), one
/// as a label | value table (a value cell holding the steps and a nested table).
/// </summary>
internal static class ProcedureDocuments
{
    public const string BirthCode = "1.001193";
    public const string SignatureCode = "2.000884";

    public static WordFixture Birth(string fee = "Miễn lệ phí") => new WordFixture()
        .Heading("CHI TIẾT THỦ TỤC HÀNH CHÍNH")
        .Paragraph("Mã thủ tục: 1.001193")
        .Paragraph("Số quyết định:  1872/QĐ-BTP")
        .Paragraph("Tên thủ tục: Đăng ký khai sinh")
        .Paragraph("Cấp thực hiện: Cấp Xã")
        .Paragraph("Loại thủ tục: TTHC được luật giao quy định chi tiết")
        .Paragraph("Lĩnh vực: Hộ tịch")
        .Heading("1. Trình tự thực hiện:")
        .Paragraph("Bước 1: Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.")
        .Paragraph("Bước 2: Công chức tư pháp – hộ tịch kiểm tra, đối chiếu giấy tờ; hồ sơ chưa đủ thì hướng dẫn bổ sung ngay một lần.")
        .Table(
            ["Thời điểm nhận hồ sơ", "Thời điểm trả kết quả"],
            ["Trước 15 giờ", "Ngay trong ngày tiếp nhận"],
            ["Sau 15 giờ", "Trong ngày làm việc tiếp theo"])
        .Paragraph("Bước 3: Thấy đủ điều kiện, công chức ghi vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử và trình lãnh đạo ký.")
        .Paragraph("Bước 4: Trả kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính.")
        .Heading("2. CACH THUC THUC HIEN")
        .Table(
            ["Hình thức nộp", "Thời hạn giải quyết", "Phí, lệ phí", "Mô tả"],
            ["Trực tiếp", "Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", fee, "Tại Bộ phận Một cửa"],
            ["Trực tuyến", WordFixture.MergeUp, fee, "Trên Cổng Dịch vụ công quốc gia"],
            ["Dịch vụ bưu chính", WordFixture.MergeUp, fee + " (chưa gồm cước bưu chính)", ""])
        .Heading("3.  Thành phần hồ sơ")
        .Table(
            ["Tên giấy tờ", "Mẫu đơn, tờ khai", "Số lượng"],
            ["Trường hợp 1: Đăng ký khai sinh đúng hạn", WordFixture.MergeLeft, WordFixture.MergeLeft],
            ["Tờ khai đăng ký khai sinh", "Tờ khai đăng ký khai sinh (theo mẫu)", "Bản chính: 1"],
            ["Giấy chứng sinh; không có thì văn bản của người làm chứng hoặc giấy cam đoan về việc sinh", "", "Bản chính: 1"],
            ["Trường hợp 2: Trẻ bị bỏ rơi", WordFixture.MergeLeft, WordFixture.MergeLeft],
            ["Tờ khai đăng ký khai sinh", "Tờ khai đăng ký khai sinh (theo mẫu)", "Bản chính: 1"],
            ["Biên bản xác nhận việc trẻ bị bỏ rơi", "", "Bản chính: 1"])
        .Paragraph("Đối tượng thực hiện: Cha, mẹ, ông, bà hoặc người thân thích khác của trẻ")
        .Paragraph("Cơ quan thực hiện: UBND cấp xã nơi cư trú của người cha hoặc người mẹ")
        .Paragraph("Kết quả thực hiện: Giấy khai sinh (bản chính) và bản điện tử")
        .Heading("Căn cứ pháp lý")
        .Table(
            ["Số ký hiệu", "Trích yếu", "Ngày ban hành", "Cơ quan ban hành"],
            ["60/2014/QH13", "Luật Hộ tịch", "20-11-2014", "Quốc hội"],
            ["123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "15-11-2015", "Chính phủ"])
        .Heading("YÊU CẦU, ĐIỀU KIỆN THỰC HIỆN")
        .Numbered("Đăng ký trong thời hạn 60 ngày kể từ ngày sinh.")
        .Numbered("Trẻ bị bỏ rơi phải có biên bản xác nhận việc trẻ bị bỏ rơi.");

    /// <summary>The label | value layout, for Chứng thực chữ ký (the sample ward's sheet has this code).</summary>
    public static WordFixture Signature() => new WordFixture().Table(
        ["Mã thủ tục", SignatureCode],
        ["Tên thủ tục", "Chứng thực chữ ký trong các giấy tờ, văn bản"],
        ["Lĩnh vực", "Chứng thực"],
        ["Trình tự thực hiện", new WordFixture()
            .Paragraph("Bước 1: Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ cần chứng thực chữ ký.")
            .Paragraph("Bước 2: Người thực hiện chứng thực kiểm tra; người yêu cầu ký trước mặt người thực hiện chứng thực.")
            .Paragraph("Bước 3: Ghi lời chứng, ký, đóng dấu và trả kết quả.")],
        ["Cách thức thực hiện", new WordFixture().Table(
            ["Hình thức nộp", "Thời hạn giải quyết", "Phí, lệ phí"],
            ["Trực tiếp", "Trong ngày tiếp nhận", "10.000 đồng/trường hợp"])],
        ["Thành phần hồ sơ", new WordFixture().Table(
            ["Tên giấy tờ", "Số lượng"],
            ["Giấy tờ tùy thân còn giá trị", "01"],
            ["Giấy tờ, văn bản sẽ ký", "01"])],
        ["Cơ quan thực hiện", "UBND cấp xã"]);
}
