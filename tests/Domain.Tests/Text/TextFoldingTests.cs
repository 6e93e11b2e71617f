using MotCua.Domain.Text;

namespace MotCua.Domain.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Đăng ký khai sinh", "dang ky khai sinh")]
    [InlineData("Chứng thực bản sao từ bản chính", "chung thuc ban sao tu ban chinh")]
    [InlineData("ĐẤT ĐAI", "dat dai")]
    [InlineData("Người ưu tiên", "nguoi uu tien")]
    public void Fold_strips_tones_and_vowel_marks_and_maps_d_stroke(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Fold_treats_decomposed_and_composed_text_alike() =>
        Assert.Equal(TextFolding.Fold("Hộ tịch"), TextFolding.Fold("Hộ tịch".Normalize(System.Text.NormalizationForm.FormD)));

    [Theory]
    [InlineData("Đăng ký khai sinh", "dang-ky-khai-sinh")]
    [InlineData("  Lao động – thương binh & xã hội ", "lao-dong-thuong-binh-xa-hoi")]
    [InlineData("Giấy phép xây dựng (nhà ở riêng lẻ)", "giay-phep-xay-dung-nha-o-rieng-le")]
    public void Slug_is_folded_ascii_joined_by_single_hyphens(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Slug(text));
}
