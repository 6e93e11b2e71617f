using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Codes;

public sealed class CodeRegistryValidatorTests
{
    private static readonly SiteModel Site = SampleSite.Build();

    [Fact]
    public void A_registry_of_valid_codes_for_existing_targets_has_no_diagnostics()
    {
        var registry = Parse(
            Entry("HT2K", "tp-cao-bang/ho-tich"),
            Entry("7QXM", "tp-cao-bang/quay-1"),
            Entry("KS3A", "tp-cao-bang/ho-tich/dang-ky-khai-sinh"),
            Entry("CB5P", "tp-cao-bang/ho-tich/cap-ban-sao-giay-khai-sinh"));

        Assert.Empty(CodeRegistryValidator.Validate(registry, Site));
    }

    [Fact]
    public void A_code_used_twice_in_another_case_is_an_error_on_the_second_line()
    {
        var registry = Parse(Entry("HT2K", "tp-cao-bang/ho-tich"), Entry("ht2k", "tp-cao-bang/quay-1"));

        var diagnostics = CodeRegistryValidator.Validate(registry, Site);

        Assert.Contains(diagnostics, d => d.ToString() == "site/codes.yaml:4:3: error: mã QR 'ht2k' đã dùng ở dòng 1: mỗi mã chỉ dành cho một bản in, mãi mãi; hãy dùng mã khác (publisher assign cấp mã mới)");
        Assert.Contains(diagnostics, d => !d.IsError && d.Message.Contains("chữ in hoa", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_outside_the_alphabet_is_an_error()
    {
        var diagnostics = CodeRegistryValidator.Validate(Parse(Entry("HO2K", "tp-cao-bang/ho-tich")), Site);

        Assert.Equal("site/codes.yaml:1:3: error: mã QR 'HO2K' có ký tự 'O'; mã QR chỉ dùng 23456789ABCDEFGHJKMNPQRSTUVWXYZ, không dùng O, 0, I, 1, L vì dễ đọc nhầm", Assert.Single(diagnostics).ToString());
    }

    [Theory]
    [InlineData("tp-cao-bang/ho-tich/khong-co", "không có tệp thủ tục nào ở địa chỉ này")]
    [InlineData("tp-cao-bang/xay-dung", "không có lĩnh vực hay quầy nào tên 'xay-dung'")]
    [InlineData("tp-hai-phong/ho-tich", "không có đơn vị 'tp-hai-phong'")]
    [InlineData("ho-tich", "không đúng dạng")]
    public void A_dangling_target_is_an_error(string target, string reason)
    {
        var diagnostic = Assert.Single(CodeRegistryValidator.Validate(Parse(Entry("HT2K", target)), Site));

        Assert.True(diagnostic.IsError);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_under_a_renamed_sheets_old_key_is_not_dangling()
    {
        var registry = Parse(Entry("CT4M", "tp-cao-bang/ho-tich/chung-thuc-chu-ky-ca-nhan"));

        Assert.Empty(CodeRegistryValidator.Validate(registry, Site));
    }

    [Fact]
    public void A_kind_that_contradicts_the_target_is_an_error()
    {
        var registry = Parse("- code: HT2K\n  target: tp-cao-bang/ho-tich\n  kind: counter\n  placement: Bảng\n");

        Assert.Contains("không có quầy 'ho-tich'", Assert.Single(CodeRegistryValidator.Validate(registry, Site)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_code_missing_from_the_registry_is_an_error()
    {
        var registry = Parse(Entry("HT2K", "tp-cao-bang/ho-tich"));

        var diagnostic = Assert.Single(CodeRegistryValidator.Validate(registry, Site, ["ht2k", "7QXM"]));

        Assert.True(diagnostic.IsError);
        Assert.StartsWith("mã QR '7QXM' đã được đăng nhưng nay không còn trong codes.yaml", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_code_still_counts_as_present()
    {
        var registry = Parse("- code: 7QXM\n  target: tp-cao-bang/quay-1\n  placement: Quầy\n  retired: true\n");

        Assert.Empty(CodeRegistryValidator.Validate(registry, Site, ["7QXM"]));
    }

    [Fact]
    public void Two_live_codes_for_one_target_and_placement_are_a_warning()
    {
        var registry = Parse(Entry("HT2K", "tp-cao-bang/ho-tich"), Entry("HT3K", "tp-cao-bang/ho-tich"));

        var diagnostic = Assert.Single(CodeRegistryValidator.Validate(registry, Site));

        Assert.False(diagnostic.IsError);
        Assert.Contains("mã QR 'HT2K' ở dòng 1", diagnostic.Message, StringComparison.Ordinal);
    }

    private static string Entry(string code, string target) =>
        $"- code: {code}\n  target: {target}\n  placement: Bảng niêm yết\n";

    private static CodeRegistry Parse(params string[] entries) =>
        CodeRegistryLoader.Parse(string.Concat(entries), "site/codes.yaml").Registry;
}
