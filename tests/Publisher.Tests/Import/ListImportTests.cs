using System.Text;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Import;

public sealed class ListImportTests : IDisposable
{
    private static readonly string[] Header = ["STT", "  Mã TTHC ", "TEN THU TUC", "Lĩnh  vực", "Đối tượng", "Cơ quan công khai", "Cấp thực hiện", "Tình trạng", "Quyết định công bố"];

    private readonly ImportSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string[] Row(string number, string code, string title, string field, string status = "Còn hiệu lực") =>
        [number, code, title, field, "Công dân Việt Nam", "UBND tỉnh Hòa Bình", "Cấp Xã", status, "1872/QĐ-UBND"];

    /// <summary>A list as offices download it: a title above the header, a group row merged across, field cells left empty under it.</summary>
    private string SampleList()
    {
        var path = _site.Input("danh-muc.xlsx");
        SpreadsheetFixture.Save(path,
        [
            ["DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND XÃ LƯƠNG SƠN"],
            [],
            Header,
            Row("1", "1.001193", "Đăng ký khai sinh", "Hộ tịch"),
            Row("2", "1.000894", "Đăng ký kết hôn", "Hộ tịch"),
            Row("3", "1.004859", "Đăng ký khai sinh lưu động", "Hộ tịch", status: "Hết hiệu lực"),
            ["II. LĨNH VỰC CHỨNG THỰC", "", "", "", "", "", "", "", ""],
            Row("4", "2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", ""),
            Row("5", "", "Chứng thực bản sao từ bản chính", ""),
            Row("6", "1.001776", "Trợ cấp xã hội hàng tháng", "Bảo trợ xã hội"),
        ], "A7:I7");
        return path;
    }

    [Fact]
    public async Task A_list_gives_a_valid_sheet_and_a_code_per_procedure_in_its_field_folder_and_reports_the_rest()
    {
        var (code, output, error) = await _site.ImportAsync(SampleList());

        Assert.True(code == CommandLine.Failed, output + error); // one row could not be read
        var created = Directory.GetFiles(_site.UnitDir, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site.UnitDir, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(["bao-tro-xa-hoi/tro-cap-xa-hoi-hang-thang.md", "chung-thuc/chung-thuc-chu-ky-trong-cac-giay-to-van-ban.md", "ho-tich/dang-ky-ket-hon.md", "ho-tich/dang-ky-khai-sinh.md"], created);
        Assert.Contains("  chung-thuc: Chứng thực\n  bao-tro-xa-hoi: Bảo trợ xã hội\n\ncounters:", await File.ReadAllTextAsync(Path.Combine(_site.UnitDir, "unit.yaml")), StringComparison.Ordinal);
        Assert.Contains("danh-muc.xlsx:6: 1.004859 đã hết hiệu lực (Hết hiệu lực)", output, StringComparison.Ordinal);
        Assert.Contains("không đọc được\t" + _site.Input("danh-muc.xlsx") + ":9: không có mã TTHC", output, StringComparison.Ordinal);
        Assert.Contains("xong: đã tạo 4 tệp, bỏ qua 1, không đọc được 1 dòng; 2 lĩnh vực mới, 7 mã QR mới trong codes.yaml", output, StringComparison.Ordinal);
        var registry = await File.ReadAllTextAsync(_site.Registry);
        foreach (var target in new[] { "ho-tich", "chung-thuc", "bao-tro-xa-hoi", "ho-tich/dang-ky-khai-sinh", "chung-thuc/chung-thuc-chu-ky-trong-cac-giay-to-van-ban" })
        {
            Assert.Contains($"  target: {ImportSite.Unit}/{target}\n", registry, StringComparison.Ordinal);
        }

        Approval.Verify("Approved/list-dang-ky-khai-sinh.md", await File.ReadAllTextAsync(Path.Combine(_site.UnitDir, "ho-tich", "dang-ky-khai-sinh.md")));
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Site);
        Assert.True(valid == CommandLine.Ok, report);
        Assert.Contains("0 lỗi", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: Trung tâm Phục vụ hành chính công xã Lương Sơn\n")]
    [InlineData("name: Trung tâm Phục vụ hành chính công xã Lương Sơn\nfields:\n")]
    public async Task A_new_unit_with_no_field_yet_takes_the_fields_of_its_list(string unitYaml)
    {
        _site.Write($"units/{ImportSite.Unit}/unit.yaml", unitYaml);

        var (before, warning, _) = await PublisherCli.RunAsync("validate", _site.Site);
        await _site.ImportAsync(SampleList());

        Assert.Equal(CommandLine.Ok, before);
        Assert.Contains("warning: đơn vị chưa có lĩnh vực nào", warning, StringComparison.Ordinal);
        Assert.EndsWith("fields:\n  ho-tich: Hộ tịch\n  chung-thuc: Chứng thực\n  bao-tro-xa-hoi: Bảo trợ xã hội\n",
            (await File.ReadAllTextAsync(Path.Combine(_site.UnitDir, "unit.yaml"))).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Site);
        Assert.True(valid == CommandLine.Ok, report);
        Assert.Contains("0 lỗi, 0 cảnh báo", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_list_again_changes_nothing()
    {
        var list = SampleList();
        await _site.ImportAsync(list);
        var before = ImportSite.Snapshot(_site.Site);

        var (_, output, _) = await _site.ImportAsync(list);

        Assert.Equal(before, ImportSite.Snapshot(_site.Site));
        Assert.Contains("xong: đã tạo 0 tệp, bỏ qua 5, không đọc được 1 dòng; 0 lĩnh vực mới, 0 mã QR mới", output, StringComparison.Ordinal);
        Assert.Contains($"1.001193 đã có tệp {_site.Site}/units/{ImportSite.Unit}/ho-tich/dang-ky-khai-sinh.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_list_with_a_bom_semicolons_and_quoted_cells_reads_like_the_spreadsheet()
    {
        var path = _site.Input("danh-muc.csv");
        await File.WriteAllTextAsync(path,
            "Ma TTHC;Ten thu tuc;LINH VUC;Doi tuong\r\n"
            + "1.001193;Đăng ký khai sinh;Hộ tịch;\"Cha, mẹ; ông, bà\"\r\n"
            + "2.000884;\"Chứng thực chữ ký trong các giấy tờ, văn bản\";Chứng thực;\"Cá nhân \"\"có giấy tờ\"\"\r\nhợp lệ\"\r\n",
            new UTF8Encoding(true));

        var (code, output, error) = await _site.ImportAsync(path);

        Assert.True(code == CommandLine.Ok, output + error);
        var signature = await File.ReadAllTextAsync(Path.Combine(_site.UnitDir, "chung-thuc", "chung-thuc-chu-ky-trong-cac-giay-to-van-ban.md"));
        Assert.Contains("applicants: \"Cá nhân \\\"có giấy tờ\\\" hợp lệ\"", signature, StringComparison.Ordinal);
        Assert.Contains("applicants: \"Cha, mẹ; ông, bà\"", await File.ReadAllTextAsync(Path.Combine(_site.UnitDir, "ho-tich", "dang-ky-khai-sinh.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_of_400_procedures_gives_400_valid_sheets_and_codes_for_each_and_their_boards()
    {
        var rows = new List<string[]> { Header };
        rows.AddRange(Enumerable.Range(1, 400).Select(i => Row($"{i}", $"1.{i:000000}", $"Thủ tục số {i} về {(i % 2 == 0 ? "hộ tịch" : "chứng thực")}", $"Lĩnh vực {i % 12}")));
        var path = _site.Input("400.xlsx");
        SpreadsheetFixture.Save(path, rows);

        var (code, output, error) = await _site.ImportAsync(path);

        Assert.True(code == CommandLine.Ok, error);
        Assert.Equal(400, Directory.GetFiles(_site.UnitDir, "*.md", SearchOption.AllDirectories).Length);
        Assert.Contains("xong: đã tạo 400 tệp, bỏ qua 0, không đọc được 0 dòng; 12 lĩnh vực mới, 412 mã QR mới", output, StringComparison.Ordinal);
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Site);
        Assert.True(valid == CommandLine.Ok, report);
    }

    public static TheoryData<string, string[][], string> BadLists => new()
    {
        { "khong-ma.xlsx", [["Tên thủ tục", "Lĩnh vực"], ["Đăng ký khai sinh", "Hộ tịch"]], "danh sách không có cột 'Mã TTHC'" },
        { "trung.xlsx", [["Mã TTHC", "Tên thủ tục", "Lĩnh vực"], ["1.001193", "Đăng ký khai sinh", "Hộ tịch"], ["1.001193", "Đăng ký khai sinh", "Hộ tịch"]], "trung.xlsx:2 và " },
        { "trong.xlsx", [], "danh sách trống" },
        { "khong-tieu-de.xlsx", [["1.001193", "Đăng ký khai sinh"]], "không thấy dòng tiêu đề cột" },
    };

    [Theory]
    [MemberData(nameof(BadLists))]
    public async Task A_list_that_cannot_be_trusted_is_refused_and_nothing_is_written(string name, string[][] rows, string reason)
    {
        var path = _site.Input(name);
        SpreadsheetFixture.Save(path, rows);
        var before = ImportSite.Snapshot(_site.Site);

        var (code, _, error) = await _site.ImportAsync(path);

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("chưa ghi gì", error, StringComparison.Ordinal);
        Assert.Equal(before, ImportSite.Snapshot(_site.Site));
    }
}
