using MotCua.Domain.Text;

namespace MotCua.Domain.Tests.Text;

public sealed class VietnameseCollationTests
{
    [Fact]
    public void Letters_follow_the_Vietnamese_alphabet_not_code_points()
    {
        string[] expected = ["An", "Ăn", "Ân", "Bé", "Dung", "Đăng ký", "Em", "Êm", "Gà", "Ong", "Ô tô", "Ơn", "Uống", "Ưu tiên", "Vé", "Xã", "Yêu"];
        var shuffled = expected.Reverse().ToList();

        shuffled.Sort(VietnameseCollation.Instance);

        Assert.Equal(expected, shuffled);
    }

    [Fact]
    public void D_stroke_sorts_right_after_d_and_before_e()
    {
        Assert.True(VietnameseCollation.Instance.Compare("Dung", "Đăng ký") < 0);
        Assert.True(VietnameseCollation.Instance.Compare("Đăng ký", "Em") < 0);
        Assert.True(VietnameseCollation.Instance.Compare("Đăng ký", "Zalo") < 0);
    }

    [Fact]
    public void Tones_only_break_ties_in_the_order_ngang_huyen_hoi_nga_sac_nang()
    {
        string[] expected = ["ma", "mà", "mả", "mã", "má", "mạ"];
        var shuffled = new List<string> { "mạ", "má", "ma", "mã", "mả", "mà" };

        shuffled.Sort(VietnameseCollation.Instance);

        Assert.Equal(expected, shuffled);
        Assert.True(VietnameseCollation.Instance.Compare("má", "mai") < 0);
    }

    [Fact]
    public void Letters_with_a_dot_below_and_a_vowel_mark_keep_their_letter()
    {
        // NFD writes "ặ" as a + dot below + breve: the breve must still make it the letter ă.
        Assert.True(VietnameseCollation.Instance.Compare("Mặt", "Mâm") < 0);
        Assert.True(VietnameseCollation.Instance.Compare("Mặt", "Mat") > 0);
        Assert.True(VietnameseCollation.Instance.Compare("Mặt", "Mbt") < 0);
    }

    [Fact]
    public void Case_does_not_change_the_order() =>
        Assert.Equal(0, string.CompareOrdinal(VietnameseCollation.SortKey("ĐĂNG KÝ"), VietnameseCollation.SortKey("đăng ký")));

    [Theory]
    [InlineData("Đăng ký khai sinh", "Đ")]
    [InlineData("  ặn", "Ă")]
    [InlineData("a\u0306n uống", "Ă")]
    [InlineData("ơn", "Ơ")]
    [InlineData("123 thủ tục", "#")]
    [InlineData("(Mới) Cấp phép", "#")]
    [InlineData("", "#")]
    public void A_title_is_filed_under_its_first_letter_with_that_letter_s_marks(string title, string letter) =>
        Assert.Equal(letter, VietnameseCollation.InitialLetter(title));
}
