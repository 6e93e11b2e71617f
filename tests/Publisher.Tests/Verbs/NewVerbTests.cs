using MotCua.Domain.Sheets;
using MotCua.Publisher.Verbs;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class NewVerbTests : IDisposable
{
    private const string Title = "Đăng ký tạm trú cho người nước ngoài";
    private const string Key = "phuong-quan-thanh/ho-tich/dang-ky-tam-tru-cho-nguoi-nuoc-ngoai";

    private readonly CodeVerbSite _site = new();

    private string SheetPath => Path.Combine(_site.Root, "units", Key + ".md");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task New_writes_every_key_and_section_in_the_field_folder_and_a_code_and_the_site_still_validates()
    {
        var (code, output, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tich");

        Assert.True(code == CommandLine.Ok, error);
        var lines = await File.ReadAllLinesAsync(SheetPath);
        // moved_to belongs only to sheets of a merged office, never to a new one.
        Assert.All(SheetKeys.All.Where(k => k != SheetKeys.MovedTo), key => Assert.Contains(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal)));
        Assert.Contains($"title: {Title}", lines);
        Assert.Contains($"updated: {TestClock.TodayIso}", lines);
        Assert.Equal(NewSheetTemplate.Sections.Select(s => "## " + s), lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        var registry = await File.ReadAllTextAsync(_site.RegistryFile);
        Assert.Contains($"  target: {Key}\n", registry, StringComparison.Ordinal);
        Assert.Contains("mã QR mới: ", output, StringComparison.Ordinal);
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Root);
        Assert.True(valid == CommandLine.Ok, report);
        // The one warning is the placeholders it leaves to fill in.
        Assert.Contains("0 lỗi, 1 cảnh báo", report, StringComparison.Ordinal);
        Assert.Contains("warning: còn 5 chỗ 'Đang cập nhật.' do lệnh new viết sẵn", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_never_overwrites_a_sheet_and_adds_no_code()
    {
        var existing = "---\ntitle: Đã có\n---\n" + SiteFolder.Body;
        _site.Write(Path.Combine("units", Key + ".md"), existing);

        var (code, _, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tich");

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("chưa ghi gì", error, StringComparison.Ordinal);
        Assert.Equal(existing, await File.ReadAllTextAsync(SheetPath));
        Assert.False(File.Exists(_site.RegistryFile));
    }

    [Fact]
    public async Task A_national_code_a_sheet_of_the_unit_has_is_refused_naming_that_sheet_and_nothing_is_written()
    {
        var (code, _, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tich", "--code", "1.001193");

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("mã thủ tục 1.001193 đã có ở ", error, StringComparison.Ordinal);
        Assert.Contains("/units/phuong-quan-thanh/ho-tich/dang-ky-khai-sinh.md", error, StringComparison.Ordinal);
        Assert.EndsWith("chưa ghi gì\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(File.Exists(_site.RegistryFile));
        Assert.False(File.Exists(Path.Combine(_site.Root, "units", CodeVerbSite.Unit, "ho-tich", "1.001193.md")));
        Assert.False(File.Exists(SheetPath));
    }

    [Fact]
    public async Task A_national_code_names_the_file_as_the_portal_does_and_validate_passes()
    {
        var (code, output, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tich", "--code", "1.004222");

        Assert.True(code == CommandLine.Ok, error);
        var file = Path.Combine(_site.Root, "units", CodeVerbSite.Unit, "ho-tich", "1.004222.md");
        Assert.Contains("code: 1.004222", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains("đã ghi " + file.Replace('\\', '/'), output, StringComparison.Ordinal);
        Assert.Contains($"  target: {CodeVerbSite.Unit}/ho-tich/1-004222\n", await File.ReadAllTextAsync(_site.RegistryFile), StringComparison.Ordinal);
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Root);
        Assert.True(valid == CommandLine.Ok, report);
    }

    [Theory]
    [InlineData("1.4222")]
    [InlineData("abc")]
    public async Task A_malformed_national_code_is_a_usage_error_and_nothing_is_written(string nationalCode)
    {
        var (code, _, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tich", "--code", nationalCode);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains($"--code '{nationalCode}' không phải mã thủ tục quốc gia", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_site.RegistryFile));
    }

    [Fact]
    public async Task A_merged_unit_is_refused_naming_its_successor()
    {
        using var sample = SiteFolder.CopyOfSample();
        var registry = await File.ReadAllTextAsync(Path.Combine(sample.Root, "codes.yaml"));

        var (code, _, error) = await PublisherCli.RunAsync("new", sample.Root, Title, "--unit", "tp-cao-bang", "--field", "ho-tich");

        Assert.Equal(CommandLine.Failed, code);
        Assert.StartsWith("error: đơn vị 'tp-cao-bang' đã sáp nhập từ ngày 01/07/2025 vào phuong-thuc-phan", error, StringComparison.Ordinal);
        Assert.Contains("--unit phuong-thuc-phan", error, StringComparison.Ordinal);
        Assert.Equal(registry, await File.ReadAllTextAsync(Path.Combine(sample.Root, "codes.yaml")));
        Assert.False(File.Exists(Path.Combine(sample.Root, "units", "tp-cao-bang", "ho-tich", "dang-ky-tam-tru-cho-nguoi-nuoc-ngoai.md")));
    }

    [Fact]
    public async Task Undoing_new_as_it_says_leaves_a_site_that_validates()
    {
        using var sample = SiteFolder.CopyOfSample();
        var registryFile = Path.Combine(sample.Root, "codes.yaml");
        var before = await File.ReadAllTextAsync(registryFile);
        var (_, output, _) = await PublisherCli.RunAsync("new", sample.Root, Title, "--unit", "phuong-thuc-phan", "--field", "ho-tich");
        File.Delete(Path.Combine(sample.Root, "units", "phuong-thuc-phan", "ho-tich", "dang-ky-tam-tru-cho-nguoi-nuoc-ngoai.md"));

        var (refused, report, _) = await PublisherCli.RunAsync("validate", sample.Root);
        var error = Assert.Single(report.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        var lines = (await File.ReadAllLinesAsync(registryFile)).ToList();
        lines.RemoveRange(lines.Count - 3, 3);
        await File.WriteAllLinesAsync(registryFile, lines);
        var (valid, _, _) = await PublisherCli.RunAsync("validate", sample.Root);

        Assert.Contains("muốn bỏ tệp này trước khi commit: xóa tệp, và xóa ba dòng của mã", output, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Failed, refused);
        Assert.Contains("mã vừa thêm bằng new hay assign mà chưa đăng lần nào: xóa các dòng của mã này", error, StringComparison.Ordinal);
        Assert.Equal(before.ReplaceLineEndings("\n"), (await File.ReadAllTextAsync(registryFile)).ReplaceLineEndings("\n"));
        Assert.Equal(CommandLine.Ok, valid);
    }

    [Fact]
    public async Task A_field_the_unit_does_not_list_is_refused_with_the_fields_it_has()
    {
        var (code, _, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tic");

        Assert.Equal(CommandLine.Failed, code);
        Assert.StartsWith("error: đơn vị 'phuong-quan-thanh' không có lĩnh vực 'ho-tic' trong unit.yaml; các lĩnh vực có: ho-tich,", error, StringComparison.Ordinal);
        Assert.Contains("chưa ghi gì", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "units", CodeVerbSite.Unit, "ho-tic")));
    }

    [Theory]
    [InlineData("!!!", "--field", "ho-tich")]
    [InlineData(Title, "--placement", "x")]
    public async Task A_title_without_letters_or_a_missing_field_is_a_usage_error(string title, string option, string value)
    {
        var (code, _, _) = await PublisherCli.RunAsync("new", _site.Root, title, "--unit", CodeVerbSite.Unit, option, value);

        Assert.Equal(CommandLine.Usage, code);
        Assert.False(File.Exists(_site.RegistryFile));
    }
}
