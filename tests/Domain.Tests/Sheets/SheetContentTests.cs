using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Sheets;

/// <summary>What a citizen will read is checked, not only the keys: a body, the national record's sections, no placeholder.</summary>
public sealed class SheetContentTests
{
    private const string Front = "---\ntitle: Đăng ký kết hôn\nupdated: 2026-11-01\n";

    private static IReadOnlyList<Diagnostic> Parse(string frontMatter, string body) =>
        SheetParser.Parse(new SheetSource("thu", "ho-tich", "a", "units/thu/ho-tich/a.md", "site/a.md", Front + frontMatter + "---\n" + body)).Diagnostics;

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void An_empty_body_is_an_error_after_the_closing_line(string body)
    {
        var error = Assert.Single(Parse("", body));

        Assert.True(error.IsError);
        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.StartsWith("tệp thủ tục chưa có nội dung sau dòng '---'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_sheet_may_say_nothing_more()
    {
        Assert.Empty(Parse("status: retired\nretired_reason: Đã bãi bỏ.\n", ""));
    }

    [Theory]
    [InlineData("Trình tư thực hiện", "Trình tự thực hiện")]
    [InlineData("Thanh phan ho so", "Thành phần hồ sơ")]
    [InlineData("Thành phần hồ sơ:", "Thành phần hồ sơ")]
    [InlineData("Thanh phan ho so:", "Thành phần hồ sơ")]
    [InlineData("Phí và lệ phi", "Phí và lệ phí")]
    public void A_misspelt_section_is_one_error_at_its_heading_with_the_section_meant(string written, string meant)
    {
        var body = TempSite.Body + $"\n## {written}\n\nx\n";

        var error = Assert.Single(Parse("", body));

        Assert.True(error.IsError);
        Assert.Equal($"tiêu đề mục '## {written}' viết khác tên mục chuẩn; có phải ý bạn là '## {meant}'? (viết đúng từng chữ, có dấu)", error.Message);
        Assert.Equal(body.Split('\n').ToList().IndexOf($"## {written}") + 5, error.Line);
    }

    [Fact]
    public void A_sheet_with_the_national_sections_needs_the_steps_and_the_papers()
    {
        var error = Assert.Single(Parse("", "## Trình tự thực hiện\n\nBước 1.\n\n## Phí và lệ phí\n\nKhông.\n"));

        Assert.True(error.IsError);
        Assert.StartsWith("thiếu mục '## Thành phần hồ sơ'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_of_its_own_sections_and_the_portals_other_spellings_pass()
    {
        Assert.Empty(Parse("", "## Thủ tục này nay do cấp tỉnh giải quyết\n\nNộp ở Sở.\n\n## Nộp hồ sơ ở đâu\n\nTại Sở.\n"));
        Assert.Empty(Parse("", "## Trình tự thực hiện\n\nx\n\n## Thành phần, số lượng hồ sơ\n\nx\n\n## Phí, lệ phí\n\nx\n\n## Yêu cầu, điều kiện\n\nx\n"));
    }

    [Fact]
    public void The_placeholders_new_writes_are_one_warning_that_stops_publishing_unless_the_sheet_is_a_draft()
    {
        const string Body = "## Trình tự thực hiện\n\nBước 1.\n\n## Thành phần hồ sơ\n\nĐang cập nhật.\n\n## Căn cứ pháp lý\n\nĐang cập nhật.\n";

        var warning = Assert.Single(Parse("", Body));
        var draft = Assert.Single(Parse("draft: true\n", Body));

        Assert.Equal((Severity.Warning, 11, 1), (warning.Severity, warning.Line, warning.Column));
        Assert.StartsWith("còn 2 chỗ 'Đang cập nhật.' do lệnh new viết sẵn", warning.Message, StringComparison.Ordinal);
        Assert.True(warning.BlocksPublishing);
        Assert.Equal(warning.Message, draft.Message);
        Assert.False(draft.BlocksPublishing);
    }

    [Fact]
    public void A_toan_trinh_procedure_without_online_url_is_a_warning_at_its_level()
    {
        var warning = Assert.Single(Parse("level: Toàn trình\n", TempSite.Body));

        Assert.Equal((Severity.Warning, 4, 8), (warning.Severity, warning.Line, warning.Column));
        Assert.Contains("chưa có 'online_url'", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Parse("level: Toàn trình\nonline_url: https://dichvucong.gov.vn/p\n", TempSite.Body));
    }

    [Fact]
    public void Draft_takes_true_or_false_only()
    {
        var error = Assert.Single(Parse("draft: có\n", TempSite.Body));

        Assert.Equal("'draft' chỉ nhận true (có) hoặc false (không), không nhận 'có'", error.Message);
    }
}
