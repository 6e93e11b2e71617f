using System.Text;
using MotCua.Domain.Sheets;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Sheets;

/// <summary>Whatever an editor's files hold, loading them gives diagnostics with a position, never an exception.</summary>
public sealed class SiteLoaderInputTests : IDisposable
{
    private const string Sheet = "units/thu/ho-tich/a.md";
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Diagnostic> Validate() => SiteValidator.Validate(_site.Root, TestClock.Today).Diagnostics;

    private string OnlyError() => Assert.Single(Validate(), d => d.IsError).ToString();

    private void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [Theory]
    [InlineData("units/thu/ho-tich/khai-bao.MD", "đổi tên thành 'khai-bao.md'")]
    [InlineData("units/thu/ho-tich/khai-bao.md.txt", "đổi tên thành 'khai-bao.md'")]
    [InlineData("units/thu/ho-tich/Khai báo.markdown", "đổi tên thành 'khai-bao.md'")]
    [InlineData("units/thu/khai-bao.md", "tệp thủ tục phải nằm trong thư mục của một lĩnh vực, ví dụ units/thu/ho-tich/khai-bao.md")]
    public void A_file_that_looks_like_a_sheet_but_is_skipped_is_a_warning_with_the_name_that_makes_it_one(string file, string fix)
    {
        _site.Write(file, TempSite.Sheet("Khai báo"));

        var warning = Assert.Single(Validate());
        Assert.Equal((Severity.Warning, _site.Display(file)), (warning.Severity, warning.Path));
        Assert.Contains("tệp này bị bỏ qua", warning.Message, StringComparison.Ordinal);
        Assert.Contains(fix, warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("units/thu/ho-tich/ghi-chu.txt")]
    [InlineData("units/thu/ho-tich/anh.png")]
    [InlineData("units/thu/unit.yaml.bak")]
    public void Other_files_beside_the_sheets_are_left_alone(string file)
    {
        _site.Write(file, "ghi chú");

        Assert.Empty(Validate());
    }

    [Theory]
    [InlineData("---\ntitle: [a, b\nupdated: 2026-11-20\n---\nx\n", ":3:1", "lỗi cú pháp YAML: không đọc được giá trị này")]
    [InlineData("---\ntitle: {a: [b, }\n---\nx\n", ":2:16", "lỗi cú pháp YAML")]
    [InlineData("---\ntitle: &a x\ncode: *b\n---\n", ":2:1", "lỗi cú pháp YAML: giá trị bắt đầu bằng dấu * hoặc &")]
    [InlineData("---\ntitle: A\ntitle: B\n---\n", ":3:1", "lỗi cú pháp YAML: một khóa được ghi hai lần")]
    [InlineData("---\n- a\n- b\n---\n", ":2:1", "cần các dòng dạng 'khóa: giá trị'")]
    [InlineData("---\ntitle: \"\\x\"\n---\n", ":2:8", "lỗi cú pháp YAML")]
    [InlineData("---\ntitle: A\n...\n", ":1:1", "phần đầu tệp chưa được đóng")]
    [InlineData("", ":1:1", "tệp thủ tục phải bắt đầu bằng một dòng '---'")]
    public void Malformed_front_matter_is_one_positioned_error(string text, string position, string message)
    {
        _site.Write(Sheet, text);

        Assert.StartsWith($"{_site.Display(Sheet)}{position}: error: {message}", OnlyError(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_first_bad_byte()
    {
        WriteBytes(Sheet, [.. "---\ntitle: A"u8, 0xFF, 0xFE, .. "\n---\nx\n"u8]);

        Assert.StartsWith(_site.Display(Sheet) + ":2:9: error: ký tự này không đúng bảng mã UTF-8", OnlyError(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_not_taken_for_a_sheet()
    {
        WriteBytes(Sheet, [.. "---\n"u8, 0, 1, 2, 0x89, .. "PNG"u8]);

        Assert.StartsWith(_site.Display(Sheet) + ":2:1: error: đây không phải tệp văn bản", OnlyError(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_megabyte_file_is_refused_before_it_is_read()
    {
        WriteBytes(Sheet, Encoding.UTF8.GetBytes(TempSite.Sheet("A") + new string('x', 10_000_000)));

        Assert.StartsWith(_site.Display(Sheet) + ":1:1: error: tệp nặng", OnlyError(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_a_sheet_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, Sheet));

        Assert.StartsWith(_site.Display(Sheet) + ":1:1: error: đây là một thư mục mang tên giống tệp thủ tục", OnlyError(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_loop_is_an_error_not_a_hang()
    {
        var path = Path.Combine(_site.Root, Sheet);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, path);

        Assert.StartsWith(_site.Display(Sheet) + ":1:1: error: không đọc được tệp", OnlyError(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        WriteBytes(Sheet, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TempSite.Sheet("Đăng ký").Replace("\n", "\r\n", StringComparison.Ordinal))]);

        Assert.DoesNotContain(Validate(), d => d.IsError);
    }

    [Fact]
    public void A_unit_yaml_with_invalid_utf8_is_a_positioned_error()
    {
        WriteBytes("units/thu/unit.yaml", [.. "name: A"u8, 0xC3, .. "\nfields:\n  ho-tich: H\n"u8]);

        Assert.StartsWith(_site.Display("units/thu/unit.yaml") + ":1:8: error: ký tự này không đúng bảng mã UTF-8", OnlyError(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_registry_with_an_unclosed_flow_sequence_is_a_positioned_error()
    {
        _site.Write("codes.yaml", "- code: [AB\n  target: thu/ho-tich\n");

        var (_, diagnostics) = MotCua.Domain.Codes.CodeRegistryLoader.Load(_site.Root);

        Assert.StartsWith(_site.Display("codes.yaml") + ":", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_noncharacter_in_valid_utf8_is_a_positioned_error_not_a_crash()
    {
        _site.Write(Sheet, "---\ntitle: A\uFFFEB\n---\nx\n");

        Assert.StartsWith(_site.Display(Sheet) + ":2:9: error: ký tự U+FFFE không phải chữ", OnlyError(), StringComparison.Ordinal);
    }
}
