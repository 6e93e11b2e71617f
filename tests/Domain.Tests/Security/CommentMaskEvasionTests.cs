using FsCheck;
using FsCheck.Fluent;
using MotCua.Domain.Surveys;
using MotCua.TestSupport.Surveys;

namespace MotCua.Domain.Tests.Security;

/// <summary>
/// Personal details written the ways a pattern-matcher misses them: glued to letters, spaced oddly, with a no-break
/// space or full-width digits, grouped like a date. Each must be masked; dates, money, procedure codes and counts
/// around them must survive.
/// </summary>
public sealed class CommentMaskEvasionTests
{
    public static TheoryData<string, string> Evasions => new()
    {
        { "sdt0912345678 nhé", "sdt[số điện thoại] nhé" },
        { "cccd001203012345", "cccd[số giấy tờ]" },
        { "gọi 09 12 34 56 78", "gọi [số điện thoại]" },
        { "gọi 0 912 345 678", "gọi [số điện thoại]" },
        { "gọi 0912  345  678", "gọi [số điện thoại]" },
        { "gọi 0912\u00A0345\u00A0678", "gọi [số điện thoại]" },
        { "gọi ０９１２３４５６７８", "gọi [số điện thoại]" },
        { "gọi 84 912 345 678", "gọi [số điện thoại]" },
        { "gọi +84 912 345 678", "gọi [số điện thoại]" },
        { "máy bàn (0206) 3852 123", "máy bàn [số điện thoại]" },
        { "CMND 123 456 789", "CMND [số giấy tờ]" },
        { "CCCD 001.203.012.345", "CCCD [số giấy tờ]" },
        { "CCCD 001-203-012-345", "CCCD [số giấy tờ]" },
        { "hộ chiếu C 1234567", "hộ chiếu [số hộ chiếu]" },
        { "thẻ BHYT DN4010123456789", "thẻ BHYT [số thẻ BHYT]" },
        { "thẻ BHYT DN 4 01 0123456789", "thẻ BHYT [số thẻ BHYT]" },
        { "email nguyễn@gmail.com", "email [email]" },
        { "mã hồ sơ 000.00.00.H12-260701-0001 chưa xong", "mã hồ sơ [mã hồ sơ] chưa xong" },
        { "hồ sơ H12.22-260701-0001", "hồ sơ [mã hồ sơ]" },
        { "ngày 01.07.2026 0912345678", "ngày 01.07.2026 [số điện thoại]" },
    };

    [Theory]
    [MemberData(nameof(Evasions))]
    public void A_detail_written_to_slip_past_a_pattern_is_masked(string comment, string stored)
    {
        Assert.Equal(stored, CommentMask.Apply(comment));
        Assert.NotEmpty(PersonalDataFinder.Find(comment));
    }

    private static readonly string[] Words =
        ["cán bộ", "hướng dẫn", "rất", "nhiệt tình", "chờ", "lâu", "quầy", "hồ sơ", "khai sinh", "tôi", "đã", "nộp", "hôm nay", "cảm ơn", "được", "không"];

    /// <summary>Readable numbers a comment about the service holds; each must come out as written.</summary>
    private static readonly string[] Readable =
        ["ngày 01/07/2026", "hẹn 15.08.2026", "lệ phí 50.000 đồng", "phí 100.000.000 đồng", "1.500.000đ", "thủ tục 1.001193",
         "mã 2.000986.000.00.00.H12", "lúc 8:30", "đến 10h15", "quầy số 2", "chờ 45 phút", "năm 2025", "3.321 xã"];

    private static Gen<string> Digits(int count) => Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), count).Select(d => new string(d));

    /// <summary>A detail, then the same digits re-spaced the ways the issue lists.</summary>
    private static Gen<string> Planted() => Gen.OneOf(
        from rest in Digits(9) from prefix in Gen.Elements("0", "84 ", "+84 ", "sdt0", "(+84) ") select prefix + rest,
        from rest in Digits(10) select "0" + rest,
        from id in Digits(12) select id,
        from id in Digits(9) select id,
        from letter in Gen.Elements("B", "C", "N") from d in Digits(7) from gap in Gen.Elements("", " ") select letter + gap + d,
        from card in Gen.Elements("DN", "HT", "GD", "TE") from d in Digits(13) select card + d,
        from name in Gen.Elements("nguyễn", "an.tran", "bích_ngọc") from d in Digits(2) select $"{name}{d}@gmail.com",
        from day in Digits(4) from n in Digits(4) select $"000.00.00.H12-26{day}-{n}");

    private static Gen<string> Respace(string detail) => Gen.Elements(" ", ".", "-", "  ", "\u00A0", "").Select(sep =>
        sep.Length == 0 || detail.Contains('@') || !detail.All(c => char.IsAsciiDigit(c) || c == ' ')
            ? detail
            : string.Join(sep, detail.Replace(" ", "", StringComparison.Ordinal).Chunk(3).Select(c => new string(c))));

    private static Gen<(string Comment, string Detail, string[] Kept)> Comments() =>
        from detail in Planted().SelectMany(Respace)
        from before in Gen.ArrayOf(Gen.Elements(Words), 2)
        from after in Gen.ArrayOf(Gen.Elements(Words), 2)
        from kept in Gen.ArrayOf(Gen.Elements(Readable), 2)
        select ($"{kept[0]} {string.Join(' ', before)} {detail} {string.Join(' ', after)}, {kept[1]}", detail, kept);

    [Fact]
    public void A_planted_number_never_survives_and_the_readable_numbers_around_it_always_do()
    {
        Prop.ForAll(Arb.From(Comments()), sample =>
        {
            var stored = CommentMask.Apply(sample.Comment);
            // The finder is cruder than the mask: a sum with its unit has nine digits too.
            var leaked = PersonalDataFinder.Find(stored).Where(found => !sample.Kept.Any(k => k.Contains(found, StringComparison.Ordinal))).ToList();
            var lost = sample.Kept.Where(k => !stored.Contains(k, StringComparison.Ordinal)).ToList();
            return (leaked.Count == 0 && lost.Count == 0).Label($"{sample.Comment} -> {stored}: leaked [{string.Join(", ", leaked)}], lost [{string.Join(", ", lost)}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
