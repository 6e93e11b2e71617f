using MotCua.Publisher.Tests.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Import;

public sealed class DocumentImportTests : IDisposable
{
    private readonly ImportSite _site = new();

    public void Dispose() => _site.Dispose();

    private string BirthSheet => Path.Combine(_site.UnitDir, "ho-tich", "dang-ky-khai-sinh.md");

    private string Save(string name, WordFixture document)
    {
        var path = _site.Input(name);
        document.Save(path);
        return path;
    }

    [Fact]
    public async Task A_procedure_document_writes_the_whole_sheet_as_approved_and_the_site_validates()
    {
        var (code, output, error) = await _site.ImportAsync(Save("1.001193.docx", ProcedureDocuments.Birth()));

        Assert.True(code == CommandLine.Ok, output + error);
        Assert.Contains("xong: 1 tệp mới, 0 tệp cập nhật, 0 tệp không đổi; 0 lĩnh vực mới, 2 mã QR mới", output, StringComparison.Ordinal);
        Approval.Verify("Approved/doc-dang-ky-khai-sinh.md", await File.ReadAllTextAsync(BirthSheet));
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Site);
        Assert.True(valid == CommandLine.Ok, report);
        Assert.Contains("0 lỗi, 0 cảnh báo", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_page_has_every_section_of_the_document()
    {
        await _site.ImportAsync(Save("1.001193.docx", ProcedureDocuments.Birth()));
        var output = Path.Combine(_site.Root, "out");

        var (code, _, error) = await PublisherCli.RunAsync("build", _site.Site, "--out", output);

        Assert.True(code == CommandLine.Ok, error);
        var page = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Single(f => f.Contains("dang-ky-khai-sinh", StringComparison.Ordinal));
        var html = await File.ReadAllTextAsync(page);
        foreach (var heading in new[] { "Thông tin chung", "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Căn cứ pháp lý", "Yêu cầu, điều kiện thực hiện" })
        {
            Assert.Contains($">{heading}</h2>", html, StringComparison.Ordinal);
        }

        // Agency, applicants and result are key facts at the top of the page, said once.
        foreach (var fact in new[] { "UBND cấp xã nơi cư trú của người cha hoặc người mẹ", "Cha, mẹ, ông, bà hoặc người thân thích khác của trẻ", "Giấy khai sinh (bản chính) và bản điện tử" })
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, System.Text.RegularExpressions.Regex.Escape(fact)));
        }

        Assert.DoesNotContain(">Cơ quan thực hiện</h2>", html, StringComparison.Ordinal);

        Assert.Contains("Trường hợp 2: Trẻ bị bỏ rơi", html, StringComparison.Ordinal);
        Assert.Contains("<td>Sau 15 giờ</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_an_earlier_import_wrote_with_the_key_facts_as_sections_loses_them_once_and_then_stays()
    {
        await _site.ImportAsync(Save("a.docx", ProcedureDocuments.Birth()));
        var sheet = await File.ReadAllTextAsync(BirthSheet);
        await File.WriteAllTextAsync(BirthSheet, sheet + "\n## Cơ quan thực hiện\n\nUBND cấp xã nơi cư trú của người cha hoặc người mẹ\n");

        var (_, output, _) = await _site.ImportAsync(Save("b.docx", ProcedureDocuments.Birth()));
        var (_, again, _) = await _site.ImportAsync(Save("c.docx", ProcedureDocuments.Birth()));

        Assert.Contains("- ## Cơ quan thực hiện (đã có ở phần đầu trang)", output, StringComparison.Ordinal);
        Assert.Equal(sheet.TrimEnd('\n'), (await File.ReadAllTextAsync(BirthSheet)).TrimEnd('\n'));
        Assert.Contains("không đổi\t", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_document_again_changes_nothing_and_an_edited_one_changes_only_what_changed()
    {
        await _site.ImportAsync(Save("a.docx", ProcedureDocuments.Birth()));
        var first = await File.ReadAllTextAsync(BirthSheet);

        var (_, again, _) = await _site.ImportAsync(Save("a.docx", ProcedureDocuments.Birth()));
        Assert.Equal(first, await File.ReadAllTextAsync(BirthSheet));
        Assert.Contains("không đổi\t", again, StringComparison.Ordinal);

        var (code, output, error) = await _site.ImportAsync(Save("b.docx", ProcedureDocuments.Birth(fee: "8.000 đồng")));

        Assert.True(code == CommandLine.Ok, error);
        var second = await File.ReadAllTextAsync(BirthSheet);
        var changed = LinesOf(second).Except(LinesOf(first)).ToList();
        Assert.All(changed, line => Assert.Contains("8.000 đồng", line, StringComparison.Ordinal));
        Assert.Equal(4, changed.Count); // fee: and the three rows of Cách thức thực hiện
        Assert.Contains("  ~ fee: Miễn lệ phí → 8.000 đồng", output, StringComparison.Ordinal);
        Assert.Contains("  ~ ## Cách thức thực hiện", output, StringComparison.Ordinal);
        Assert.DoesNotContain("## Thành phần hồ sơ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updating_keeps_the_editors_keys_and_sections_and_shows_what_changed()
    {
        using var ward = new CodeVerbSite();
        var sheet = Path.Combine(ward.Root, "units", CodeVerbSite.Unit, "chung-thuc", "chung-thuc-chu-ky.md");
        var before = await File.ReadAllTextAsync(sheet);
        var document = Save("chu-ky.docx", ProcedureDocuments.Signature());

        var (code, output, error) = await PublisherCli.RunAsync("import", ward.Root, document, "--unit", CodeVerbSite.Unit);

        Assert.True(code == CommandLine.Ok, error);
        Approval.Verify("Approved/update-chung-thuc-chu-ky.md", await File.ReadAllTextAsync(sheet));
        Approval.Verify("Approved/update-chung-thuc-chu-ky.txt", output.Replace(ward.Root, "SITE", StringComparison.Ordinal));
        Assert.Contains("level: truc-tiep", before, StringComparison.Ordinal);
        var (valid, report, _) = await PublisherCli.RunAsync("validate", ward.Root);
        Assert.True(valid == CommandLine.Ok, report);
    }

    [Fact]
    public async Task A_folder_of_documents_imports_in_one_run()
    {
        var folder = Path.Combine(_site.Inbox, "tai-lieu");
        Directory.CreateDirectory(folder);
        ProcedureDocuments.Birth().Save(Path.Combine(folder, "1.docx"));
        ProcedureDocuments.Signature().Save(Path.Combine(folder, "2.docx"));

        var (code, output, error) = await _site.ImportAsync(folder);

        Assert.True(code == CommandLine.Ok, error);
        Assert.Contains("xong: 2 tệp mới", output, StringComparison.Ordinal);
        Assert.Contains("code: 1.001193", await File.ReadAllTextAsync(BirthSheet), StringComparison.Ordinal);
        var signature = Path.Combine(_site.UnitDir, "chung-thuc", "chung-thuc-chu-ky-trong-cac-giay-to-van-ban.md");
        Assert.Contains("code: 2.000884", await File.ReadAllTextAsync(signature), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "cu.doc", [1, 2, 3], "tệp Word định dạng cũ (.doc)" },
        { "cu.xls", [1, 2, 3], "tệp Excel định dạng cũ (.xls)" },
        { "mat-khau.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "tệp có đặt mật khẩu" },
        { "mat-khau.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "tệp có đặt mật khẩu" },
        { "hong.docx", "PK\u0003\u0004 không phải tệp Word"u8.ToArray(), "tệp bị hỏng" },
        { "hong.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14], "tệp bị hỏng" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task An_old_protected_or_corrupt_file_gets_a_clear_error_and_nothing_changes(string name, byte[] bytes, string reason)
    {
        var path = _site.Input(name);
        await File.WriteAllBytesAsync(path, bytes);
        var before = ImportSite.Snapshot(_site.Site);

        var (code, _, error) = await _site.ImportAsync(path);

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(before, ImportSite.Snapshot(_site.Site));
    }

    [Fact]
    public async Task A_document_whose_package_opens_but_whose_text_is_broken_is_a_corrupt_file()
    {
        var path = Save("hong-ben-trong.docx", ProcedureDocuments.Birth());
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            await writer.WriteAsync("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        var (code, _, error) = await _site.ImportAsync(path);

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("hong-ben-trong.docx: tệp bị hỏng", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_document_in_a_run_stops_the_others_from_being_written()
    {
        var good = Save("tot.docx", ProcedureDocuments.Birth());
        var empty = Save("trong.docx", new WordFixture().Paragraph("Văn bản không có mục nào"));
        var before = ImportSite.Snapshot(_site.Site);

        var (code, _, error) = await _site.ImportAsync(good, empty);

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("trong.docx: không thấy 'Mã thủ tục'", error, StringComparison.Ordinal);
        Assert.Equal(before, ImportSite.Snapshot(_site.Site));
    }

    [Fact]
    public async Task A_code_already_used_by_two_sheets_is_refused()
    {
        _site.Write($"units/{ImportSite.Unit}/ho-tich/a.md", "---\ntitle: A\ncode: 1.001193\n---\nNội dung.\n");
        _site.Write($"units/{ImportSite.Unit}/ho-tich/b.md", "---\ntitle: B\ncode: 1.001193\n---\nNội dung.\n");

        var (code, _, error) = await _site.ImportAsync(Save("a.docx", ProcedureDocuments.Birth()));

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("mã thủ tục 1.001193 đã dùng cho nhiều tệp", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_documents_are_all_taken_as_files()
    {
        var (code, _, error) = await PublisherCli.RunAsync("import", _site.Site, Save("1.docx", ProcedureDocuments.Birth()), Save("2.docx", ProcedureDocuments.Signature()), "--unit", ImportSite.Unit);

        Assert.True(code == CommandLine.Ok, error);
        Assert.True(File.Exists(BirthSheet));
    }

    [Fact]
    public async Task A_sheet_from_the_list_gets_the_full_text_in_place_of_its_pointer_to_the_portal()
    {
        var list = _site.Input("danh-muc.csv");
        await File.WriteAllTextAsync(list, "Mã TTHC,Tên thủ tục,Lĩnh vực,Đối tượng\n1.001193,Đăng ký khai sinh,Hộ tịch,Công dân Việt Nam\n");
        await _site.ImportAsync(list);

        var (code, output, error) = await _site.ImportAsync(Save("a.docx", ProcedureDocuments.Birth()));

        Assert.True(code == CommandLine.Ok, error);
        var sheet = await File.ReadAllTextAsync(BirthSheet);
        Assert.DoesNotContain("Toàn văn thủ tục", sheet, StringComparison.Ordinal);
        Assert.Contains("\n---\n\n## Thông tin chung\n", sheet, StringComparison.Ordinal);
        Assert.Contains("  ~ applicants: Công dân Việt Nam → Cha, mẹ, ông, bà hoặc người thân thích khác của trẻ", output, StringComparison.Ordinal);
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Site);
        Assert.True(valid == CommandLine.Ok, report);
    }

    private static IEnumerable<string> LinesOf(string text) => text.Split('\n');
}
