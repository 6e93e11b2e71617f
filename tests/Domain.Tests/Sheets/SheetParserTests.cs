using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Sheets;

public sealed class SheetParserTests
{
    /// <summary>Parses a sheet; one written as front matter alone gets the least body a sheet in force needs, as these tests are about the keys.</summary>
    private static SheetParseResult Parse(string text) =>
        SheetParser.Parse(new SheetSource("thu", "ho-tich", "dang-ky-khai-sinh", "units/thu/ho-tich/dang-ky-khai-sinh.md", "site/x.md",
            text.EndsWith("---\n", StringComparison.Ordinal) ? text + TempSite.Body : text));

    [Fact]
    public void A_complete_sheet_gives_every_value_and_where_the_body_starts()
    {
        var result = Parse("""
            ---
            title: Đăng ký khai sinh
            code: 1.001193
            level: toan-trinh
            fee: Miễn lệ phí
            online_url: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193
            updated: 2026-10-01
            aliases:
              - ho-tich/khai-sinh
            ---
            ## Trình tự thực hiện

            ## Thành phần hồ sơ
            """);

        var sheet = Assert.IsType<Sheet>(result.Sheet);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Đăng ký khai sinh", sheet.Title);
        Assert.Equal("1.001193", sheet.NationalCode);
        Assert.Equal(ServiceLevel.ToanTrinh, sheet.Level);
        Assert.Equal(new DateOnly(2026, 10, 1), sheet.Updated);
        Assert.Equal(["thu/ho-tich/khai-sinh"], sheet.Aliases);
        Assert.Equal(11, sheet.BodyLine);
        Assert.Equal(new SourcePosition(3, 7), sheet.PositionOf(SheetKeys.Code));
    }

    [Fact]
    public void A_misspelt_key_is_reported_at_its_line_with_a_suggestion()
    {
        var result = Parse("---\ntittle: Đăng ký khai sinh\n---\n");

        // One mistake, one error: the missing title is the misspelt key, not a second problem.
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("có phải ý bạn là 'title'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_without_a_title_line_is_told_to_add_one()
    {
        var error = Assert.Single(Parse("---\ncode: 1.001193\n---\n").Diagnostics);

        Assert.StartsWith("thiếu khóa bắt buộc 'title'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date", "updated")]
    [InlineData("Ngày cập nhật", "updated")]
    [InlineData("mức độ", "level")]
    [InlineData("updatd", "updated")]
    public void A_key_written_another_way_suggests_the_key_meant_in_Vietnamese(string key, string meant)
    {
        var result = Parse($"---\ntitle: T\n{key}: 01/07/2026\n---\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Equal($"không có khóa '{key}'; có phải ý bạn là '{meant}'?", error.Message);
    }

    [Fact]
    public void A_key_far_from_every_key_lists_the_keys_there_are() =>
        Assert.StartsWith("không có khóa 'xyz'; các khóa dùng được: title, code, level", Assert.Single(Parse("---\ntitle: T\nxyz: 1\n---\n").Diagnostics).Message, StringComparison.Ordinal);

    [Fact]
    public void A_colon_inside_a_value_is_explained_with_its_fix()
    {
        var error = Assert.Single(Parse("---\ntitle: T\nfee: Lệ phí: 8.000 đồng\n---\n").Diagnostics);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("lỗi cú pháp YAML: giá trị có dấu hai chấm ':'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_YAML_syntax_error_is_reported_at_its_file_line()
    {
        var result = Parse("---\ntitle: Đăng ký\nfee: [không đóng\n---\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.StartsWith("lỗi cú pháp YAML", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 3, 4);
    }

    [Theory]
    [InlineData("\tfee: \"Miễn lệ phí\"\n", 8, 1)]
    [InlineData("aliases:\n\t- ho-tich/khai-sinh-cu\n", 9, 1)]
    [InlineData("aliases:\n  - ho-tich/a\n \t- ho-tich/b\n", 10, 2)]
    public void A_tab_in_the_indentation_is_reported_on_its_own_line_and_column(string lines, int line, int column)
    {
        var result = Parse("---\ntitle: Đăng ký kết hôn\ncode: 1.000894\nlevel: mot-phan\nagency: UBND phường\n"
            + "applicants: Công dân Việt Nam\nprocessing_time: Ngay trong ngày tiếp nhận\n" + lines + "---\n## Trình tự thực hiện\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith("lỗi cú pháp YAML: dòng này thụt lề bằng phím Tab", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mức độ 4", "Toàn trình")]
    [InlineData("mức 3", "Một phần")]
    [InlineData("Dịch vụ công mức độ 2", "Trực tiếp")]
    public void A_level_of_before_2022_names_the_level_it_is_today(string written, string today)
    {
        var error = Assert.Single(Parse($"---\ntitle: T\nlevel: {written}\n---\n").Diagnostics);

        Assert.Equal($"'{written}' là cách gọi cũ, trước Nghị định 42/2022/NĐ-CP; nay ghi: {today}", error.Message);
    }

    [Fact]
    public void A_YAML_syntax_error_says_what_to_do_in_Vietnamese_alone()
    {
        var error = Assert.Single(Parse("---\ntitle: T\nfee: Lệ phí: 8.000 đồng\n---\n").Diagnostics);

        Assert.DoesNotContain("(", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mapping", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("code: 1.1193", 2)]
    [InlineData("code: 1.001193.h87", 2)]
    [InlineData("online_url: http://dichvucong.gov.vn/x", 2)]
    [InlineData("updated: 31/02/2026", 2)]
    [InlineData("updated: 2026/10/01", 2)]
    [InlineData("level: muc-4", 2)]
    [InlineData("status: da-bo", 2)]
    public void Malformed_values_are_errors_at_their_line(string line, int expectedLine)
    {
        var result = Parse($"---\n{line}\ntitle: Thủ tục\n---\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((expectedLine, 1 + line.IndexOf(':', StringComparison.Ordinal) + 2), (error.Line, error.Column));
        Assert.Null(result.Sheet);
    }

    [Fact]
    public void A_local_suffix_on_a_national_code_is_accepted() =>
        Assert.Equal("1.004873.H87", Parse("---\ntitle: T\ncode: 1.004873.H87\n---\n").Sheet?.NationalCode);

    [Fact]
    public void A_retired_sheet_without_a_replacement_or_reason_is_an_error_at_its_status()
    {
        var result = Parse("---\ntitle: Cũ\nstatus: retired\n---\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((3, 9), (error.Line, error.Column));
        Assert.Contains("replaced_by", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposed_text_is_a_warning_and_the_sheet_is_normalised()
    {
        var result = Parse("---\ntitle: " + "Hộ tịch".Normalize(NormalizationForm.FormD) + "\n---\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, 2), (warning.Severity, warning.Line));
        Assert.Equal("Hộ tịch", result.Sheet?.Title);
        Assert.True(result.Sheet!.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Raw_HTML_images_and_script_links_in_the_body_are_warnings_at_their_lines()
    {
        var result = Parse("---\ntitle: T\n---\nĐoạn một.\n\n<div onclick=\"x()\">a</div>\n\n![ảnh](https://evil.example/x.png) [bấm](javascript:alert(1))\n");

        Assert.Equal([(6, 1), (8, 1), (8, 36)], result.Diagnostics.Select(d => (d.Line, d.Column)).Order().ToArray());
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Links_to_other_sheets_are_collected_with_their_positions()
    {
        var sheet = Parse("---\ntitle: T\n---\nXem [khai tử](dang-ky-khai-tu.md) và [bảng](/thu/ho-tich/).\n").Sheet!;

        Assert.Equal([new SheetLink("dang-ky-khai-tu.md", 4, 5), new SheetLink("/thu/ho-tich/", 4, 38)], sheet.Links);
    }
}
