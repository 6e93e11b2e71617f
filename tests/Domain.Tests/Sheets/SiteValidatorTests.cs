using MotCua.TestSupport;
using System.Security.Cryptography;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Sheets;

public sealed class SiteValidatorTests : IDisposable
{
    private static readonly DateOnly Today = TestClock.Today;
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Diagnostic> Validate() => SiteValidator.Validate(_site.Root, Today, new PageBudget()).Diagnostics;

    private string Only(Severity severity = Severity.Error) =>
        Assert.Single(Validate(), d => d.Severity == severity).ToString();

    [Fact]
    public void A_clean_site_has_no_diagnostics()
    {
        _site.Write("units/thu/ho-tich/dang-ky-khai-sinh.md", TempSite.Sheet("Đăng ký khai sinh", "code: 1.001193\n"));

        Assert.Empty(Validate());
    }

    [Fact]
    public void An_unknown_key_is_printed_as_path_line_col_with_a_suggestion()
    {
        _site.Write("units/thu/ho-tich/a.md", "---\ntitle: A\ntittle: A\nupdated: " + Today.ToString("yyyy-MM-dd", null) + "\n---\n" + TempSite.Body);

        Assert.Equal($"{_site.Display("units/thu/ho-tich/a.md")}:3:1: error: không có khóa 'tittle'; có phải ý bạn là 'title'?", Only());
    }

    [Fact]
    public void A_file_name_with_diacritics_is_refused_with_the_name_to_use()
    {
        _site.Write("units/thu/ho-tich/Đăng ký kết hôn.md", TempSite.Sheet("Đăng ký kết hôn"));

        Assert.Equal($"{_site.Display("units/thu/ho-tich/Đăng ký kết hôn.md")}:1:1: error: tên tệp 'Đăng ký kết hôn.md' không dùng được làm địa chỉ trang: "
            + "chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ đổi thành 'dang-ky-ket-hon.md', hoặc đặt tên theo mã thủ tục quốc gia, ví dụ 1.004859.md", Only());
    }

    [Fact]
    public void A_sheet_saved_as_its_code_and_as_its_slug_is_a_duplicate_page()
    {
        _site.Write("units/thu/ho-tich/1.004859.md", TempSite.Sheet("Kết hôn"));
        _site.Write("units/thu/ho-tich/1-004859.md", TempSite.Sheet("Kết hôn"));

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/1.004859.md")}:1:1: error: trùng địa chỉ trang '1-004859' với ", Only(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_folder_missing_from_unit_yaml_is_reported_at_the_fields_list()
    {
        _site.Write("units/thu/dat-dai/a.md", TempSite.Sheet("A"));

        Assert.Equal($"{_site.Display("units/thu/unit.yaml")}:6:3: error: thư mục 'dat-dai' có tệp thủ tục nhưng chưa có trong mục 'fields': thêm một dòng 'dat-dai: Tên lĩnh vực'", Only());
    }

    [Fact]
    public void The_same_slug_in_two_fields_is_an_error_on_the_second()
    {
        _site.Write("units/thu/chung-thuc/trung.md", TempSite.Sheet("Một"));
        _site.Write("units/thu/ho-tich/trung.md", TempSite.Sheet("Hai"));

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/trung.md")}:1:1: error: trùng địa chỉ trang 'trung'", Only(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_national_code_twice_in_a_unit_is_an_error_at_the_second_code()
    {
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("A", "code: 1.001193\n"));
        _site.Write("units/thu/ho-tich/b.md", TempSite.Sheet("B", "code: 1.001193\n"));

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/b.md")}:4:7: error: trùng mã thủ tục quốc gia 1.001193", Only(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code: 1001193\n", 7)]
    [InlineData("online_url: http://dichvucong.gov.vn/\n", 13)]
    [InlineData("updated: 2026-13-01\n", 10)]
    public void Malformed_codes_urls_and_dates_are_errors_at_their_value(string extra, int column)
    {
        _site.Write("units/thu/ho-tich/a.md", "---\ntitle: A\n" + extra + "---\n" + TempSite.Body);

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/a.md")}:3:{column}: error:", Only(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_sheet_is_an_error_at_the_link()
    {
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("A", body: "Đoạn đầu.\n\nXem [khai tử](khai-tu.md).\n"));

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/a.md")}:7:5: error: liên kết hỏng 'khai-tu.md'", Only(), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_existing_sheets_and_site_pages_are_accepted()
    {
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("A", body: "[b](b.md) [c](../chung-thuc/c.md#buoc-1) [bảng](/thu/ho-tich/) [nhà](/thu/)\n"));
        _site.Write("units/thu/ho-tich/b.md", TempSite.Sheet("B"));
        _site.Write("units/thu/chung-thuc/c.md", TempSite.Sheet("C"));

        Assert.Empty(Validate());
    }

    [Fact]
    public void A_site_path_that_no_page_has_is_a_broken_link()
    {
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("A", body: "[x](/thu/dat-dai/)\n"));

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/a.md")}:5:1: error: liên kết hỏng '/thu/dat-dai/'", Only(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_that_does_not_exist_is_an_error_at_replaced_by()
    {
        _site.Write("units/thu/ho-tich/cu.md", "---\ntitle: Cũ\nstatus: retired\nreplaced_by: ho-tich/moi\n---\n");

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/cu.md")}:4:14: error: replaced_by 'thu/ho-tich/moi' không chỉ tới tệp thủ tục nào", Only(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_sheet_without_replacement_or_reason_is_an_error_at_its_status()
    {
        _site.Write("units/thu/ho-tich/cu.md", "---\ntitle: Cũ\nstatus: retired\n---\n");

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/cu.md")}:3:9: error: thủ tục đã bãi bỏ cần", Only(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_not_updated_for_over_a_year_is_a_warning_at_updated()
    {
        _site.Write("units/thu/ho-tich/a.md", $"---\ntitle: A\nupdated: {Today.AddDays(-400):yyyy-MM-dd}\n---\n{TempSite.Body}");

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/a.md")}:3:10: warning: cập nhật lần cuối", Only(Severity.Warning), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_still_to_come_is_an_error_at_updated_saying_what_today_is()
    {
        _site.Write("units/thu/ho-tich/a.md", $"---\ntitle: A\nupdated: 06/12/2062\n---\n{TempSite.Body}");

        Assert.Equal($"{_site.Display("units/thu/ho-tich/a.md")}:3:10: error: ngày cập nhật 06/12/2062 chưa tới (hôm nay là 20/11/2026): "
            + "ghi ngày tệp được sửa, thường là hôm nay; ngày viết theo ngày/tháng/năm", Only());
    }

    [Fact]
    public void Today_is_not_in_the_future()
    {
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("A"));

        Assert.Empty(Validate());
    }

    [Fact]
    public void Decomposed_Unicode_is_a_warning_not_an_error()
    {
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("Hộ tịch".Normalize(System.Text.NormalizationForm.FormD)));

        Assert.Contains("không phải Unicode dựng sẵn NFC", Only(Severity.Warning), StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_HTML_is_a_warning_at_its_line()
    {
        _site.Write("units/thu/ho-tich/a.md", TempSite.Sheet("A", body: "Chữ.\n\n<script>alert(1)</script>\n"));

        Assert.StartsWith($"{_site.Display("units/thu/ho-tich/a.md")}:7:1: warning: không dùng được mã HTML", Only(Severity.Warning), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_over_14_KB_gzipped_is_an_error_at_the_sheet()
    {
        var incompressible = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24_000));
        _site.Write("units/thu/ho-tich/dai.md", TempSite.Sheet("Dài", body: incompressible + "\n"));

        Assert.Matches(@":1:1: error: trang nặng \d+\.\d KB khi đã nén, quá mức 14 KB cho phép", Only());
    }

    [Fact]
    public void Unit_yaml_problems_are_reported_with_suggestions()
    {
        _site.Write("units/thu/unit.yaml", "nmae: Phường\nfields:\n  ho-tich: Hộ tịch\n");

        var lines = Validate().Select(d => d.ToString()).ToList();

        Assert.Contains($"{_site.Display("units/thu/unit.yaml")}:1:1: error: không có khóa 'nmae'; có phải ý bạn là 'name'?", lines);
        Assert.Contains(lines, l => l.Contains("thiếu khóa bắt buộc 'name'", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        _site.Write("units/thu/ho-tich/a.md", "---\ntittle: A\n---\n");
        _site.Write("units/thu/ho-tich/b.md", "---\ntitle: [\n---\n");
        _site.Write("units/thu/ho-tich/c.md", TempSite.Sheet("C", body: "[x](y.md)\n"));

        var files = Validate().Where(d => d.IsError).Select(d => Path.GetFileName(d.Path)).Distinct().Order().ToArray();

        Assert.Equal(["a.md", "b.md", "c.md"], files);
    }

    [Fact]
    public void The_sample_site_validates_without_errors_or_warnings()
    {
        var (site, diagnostics) = SiteValidator.Validate(RepositoryPaths.Site, Today, new PageBudget());

        Assert.Empty(diagnostics);
        Assert.True(site.FindUnit("tp-cao-bang")!.Fields.Count >= 12);
        Assert.True(site.FindUnit("tp-cao-bang")!.Sheets.Count >= 40);
    }
}
