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
        Assert.Contains($"\tprocedure\t{Key}\t", output, StringComparison.Ordinal);
        var (valid, report, _) = await PublisherCli.RunAsync("validate", _site.Root);
        Assert.True(valid == CommandLine.Ok, report);
        Assert.Contains("0 lỗi, 0 cảnh báo", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_never_overwrites_a_sheet_and_adds_no_code()
    {
        _site.Write(Path.Combine("units", Key + ".md"), "---\ntitle: Đã có\n---\n");

        var (code, _, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tich");

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("chưa ghi gì", error, StringComparison.Ordinal);
        Assert.Equal("---\ntitle: Đã có\n---\n", await File.ReadAllTextAsync(SheetPath));
        Assert.False(File.Exists(_site.RegistryFile));
    }

    [Fact]
    public async Task A_field_the_unit_does_not_list_is_refused_with_the_fields_it_has()
    {
        var (code, _, error) = await PublisherCli.RunAsync("new", _site.Root, Title, "--unit", CodeVerbSite.Unit, "--field", "ho-tic");

        Assert.Equal(CommandLine.Failed, code);
        Assert.StartsWith("error: đơn vị 'phuong-quan-thanh' không có lĩnh vực 'ho-tic' trong unit.yaml; các lĩnh vực có: ho-tich,", error, StringComparison.Ordinal);
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
