using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public sealed class CodeRegistryWriterTests
{
    private static readonly NewCode Board = new("HT2K", CodeKind.Board, "tp-cao-bang/ho-tich", "Bảng niêm yết tầng 1");

    [Fact]
    public void New_codes_are_appended_after_the_existing_text_untouched()
    {
        const string existing = "# sửa tay\n- code: 7QXM\n  target:   tp-cao-bang/quay-1   # quầy\n  placement: 'Quầy số 1'";

        var text = existing + CodeRegistryWriter.AppendText(existing, [Board]);

        Assert.Equal(existing + "\n- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: Bảng niêm yết tầng 1\n", text);
    }

    [Fact]
    public void A_new_file_starts_with_the_editors_header()
    {
        var text = CodeRegistryWriter.AppendText(null, [Board]);

        Assert.StartsWith(CodeRegistryWriter.Header, text, StringComparison.Ordinal);
        Assert.Single(CodeRegistryLoader.Parse(text, "site/codes.yaml").Registry.Entries);
    }

    [Theory]
    [InlineData("Bảng niêm yết tầng 1", "Bảng niêm yết tầng 1")]
    [InlineData("Quầy số 1 – Hộ tịch, Chứng thực", "Quầy số 1 – Hộ tịch, Chứng thực")]
    [InlineData("Sảnh: cửa chính", "\"Sảnh: cửa chính\"")]
    [InlineData("# 2", "\"# 2\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("2024", "\"2024\"")]
    [InlineData("Tầng \"B\"", "\"Tầng \\\"B\\\"\"")]
    public void Placements_are_quoted_only_when_yaml_needs_it(string placement, string expected)
    {
        Assert.Equal(expected, CodeRegistryWriter.Scalar(placement));

        var parsed = CodeRegistryLoader.Parse($"- code: HT2K\n  target: u/f\n  placement: {expected}\n", "c.yaml").Registry;
        Assert.Equal(placement, Assert.Single(parsed.Entries).Placement);
    }
}
