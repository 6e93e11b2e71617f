using MotCua.Publisher.Import;

namespace MotCua.Publisher.Tests.Import;

public sealed class ImportHeadingsTests
{
    [Theory]
    [InlineData("Thành phần hồ sơ")]
    [InlineData("3.  THÀNH PHẦN HỒ SƠ:")]
    [InlineData("thanh phan ho so")]
    [InlineData("II. Thành  phần hồ sơ")]
    [InlineData("a) **Thành phần hồ sơ**")]
    [InlineData("1.2. Thành phần hồ sơ :")]
    public void A_heading_is_found_whatever_its_diacritics_case_numbering_bold_and_spaces(string heading) =>
        Assert.Equal("thanh-phan-ho-so", ImportHeadings.Key(heading));

    [Fact]
    public void Words_that_merely_start_like_a_number_are_kept() =>
        Assert.Equal("ma-tthc", ImportHeadings.Key("  Mã TTHC "));
}
