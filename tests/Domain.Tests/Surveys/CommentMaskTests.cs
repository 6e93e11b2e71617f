using MotCua.Domain.Surveys;
using MotCua.TestSupport.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public sealed class CommentMaskTests
{
    /// <summary>Personal details as citizens write them, each inside a sentence, and what the stored comment says instead.</summary>
    public static TheoryData<string, string> Masked => new()
    {
        { "Gọi tôi 0912 345 678 nhé", "Gọi tôi [số điện thoại] nhé" },
        { "sđt: +84 912345678.", "sđt: [số điện thoại]." },
        { "Liên hệ 091.234.5678 hoặc 0912345678", "Liên hệ [số điện thoại] hoặc [số điện thoại]" },
        { "(+84) 912 345 678", "[số điện thoại]" },
        { "+84912345678", "[số điện thoại]" },
        { "0912-345-678", "[số điện thoại]" },
        { "máy bàn 024 3843 0220", "máy bàn [số điện thoại]" },
        { "gọi 0912 345 678 12 lần không ai nghe", "gọi [số điện thoại] 12 lần không ai nghe" },
        { "CCCD 001234567890", "CCCD [số giấy tờ]" },
        { "căn cước: 0012 3456 7890", "căn cước: [số giấy tờ]" },
        { "số 001 234 567 890", "số [số giấy tờ]" },
        { "CMND 123456789", "CMND [số giấy tờ]" },
        { "hộ chiếu C1234567", "hộ chiếu [số hộ chiếu]" },
        { "hộ chiếu số b7654321!", "hộ chiếu số [số hộ chiếu]!" },
        { "email nguyen.van.a@gmail.com nhé", "email [email] nhé" },
        { "Thư: an+mc@ubnd.caobang.gov.vn", "Thư: [email]" },
        { "mã tham chiếu a1234567890b", "mã tham chiếu a[số giấy tờ]b" },
        { "Mã hồ sơ 000.00.00.H12-260701-0001", "Mã hồ sơ [mã hồ sơ]" },
        { "Tôi là Nguyễn Văn An, rất hài lòng", "Tôi là [họ tên], rất hài lòng" },
        { "họ tên: trần thị bích", "họ tên: [họ tên]" },
        { "nhà ở số 12 ngõ 34 phố Kim Mã, xa quá", "nhà ở [địa chỉ], xa quá" },
        { "đến từ 45B/2 đường Hoàng Đình Giong", "đến từ [địa chỉ]" },
    };

    /// <summary>What a careless pattern masks by mistake: dates, money, procedure and dossier codes, times, counts.</summary>
    public static TheoryData<string> Kept => new()
    {
        "Hẹn ngày 01/07/2026 lúc 8:30",
        "ngày 01.07.2026 lúc 08.30 và 14 giờ 30",
        "Lệ phí 50.000 đồng, có khi 1.500.000đ hay 100.000.000 đồng",
        "Thủ tục 1.001193 và 2.000986.000.00.00.H12",
        "Hẹn ngày 01.07.2026 12 người chờ",
        "tôi là người dân ở đây, chờ lâu",
        "quầy 2 ở tầng 1, số 12 Lê Lợi",
        "Chờ 8h30 đến 10h15, quầy số 2, 45 phút",
        "Năm 2025 có 3.321 xã, 34 tỉnh",
        "số 0912 bị hỏng",
        "Khoảng 20 000 người",
    };

    [Theory]
    [MemberData(nameof(Masked))]
    public void A_personal_detail_is_replaced_by_what_it_was(string comment, string stored) =>
        Assert.Equal(stored, CommentMask.Apply(comment));

    [Theory]
    [MemberData(nameof(Kept))]
    public void Dates_money_codes_and_times_are_kept_as_written(string comment) =>
        Assert.Equal(comment, CommentMask.Apply(comment));

    [Theory]
    [MemberData(nameof(Masked))]
    public void The_independent_finder_sees_nothing_in_a_masked_comment(string comment, string stored)
    {
        Assert.Empty(PersonalDataFinder.Find(CommentMask.Apply(comment)));
        Assert.Empty(PersonalDataFinder.Find(stored));
    }

    [Theory]
    [InlineData("0912 345 678")]
    [InlineData("+84 912345678")]
    [InlineData("091.234.5678")]
    [InlineData("001234567890")]
    [InlineData("C1234567")]
    [InlineData("a.b@example.com")]
    public void The_independent_finder_sees_every_format_of_the_issue(string detail) =>
        // The finder checks what the survey tests stored; it must be able to fail.
        Assert.Equal([detail], PersonalDataFinder.Find($"Xin liên hệ {detail}, cảm ơn"));

    [Fact]
    public void A_parsed_answer_stores_the_masked_comment_while_the_form_shows_what_was_typed()
    {
        const string typed = "Tốt, gọi 0912 345 678";
        var body = System.Text.Encoding.UTF8.GetBytes(SurveySamples.Body(SurveySamples.Valid(comment: typed)));

        var result = SurveyForm.Parse(body, SurveySamples.Catalog);

        Assert.Equal("Tốt, gọi [số điện thoại]", result.Answer?.Comment);
        Assert.Equal(typed, result.Values.Comment);
    }
}
