namespace MotCua.Publisher.Tests.Verbs;

/// <summary>
/// One mistake in one file is one error, at that file: a sheet or a unit.yaml that cannot be read does not also make
/// every reference to it (codes.yaml, links, replacements, merged offices) an error in files nobody touched.
/// </summary>
public sealed class OneMistakeOneErrorTests : IDisposable
{
    private const string Sheet = "units/phuong-ba-dinh/ho-tich/dang-ky-ket-hon.md";

    private readonly SiteFolder _site = SiteFolder.CopyOfSample();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_front_matter_error_in_a_sheet_with_a_code_is_one_error_at_the_sheet()
    {
        _site.Edit(Sheet, "\nfee:", "\n\tfee:");

        var errors = await ErrorsAsync();

        var error = Assert.Single(errors);
        Assert.StartsWith($"{_site.Root}/{Sheet}:8:1: error: lỗi cú pháp YAML: dòng này thụt lề bằng phím Tab", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_in_a_unit_yaml_is_one_error_at_that_file()
    {
        _site.Edit("units/phuong-ba-dinh/unit.yaml", "name: ", "name: \"");

        var errors = await ErrorsAsync();

        var error = Assert.Single(errors);
        Assert.StartsWith($"{_site.Root}/units/phuong-ba-dinh/unit.yaml:2:7: error: lỗi cú pháp YAML", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_another_one_links_to_and_is_replaced_by_is_one_error_when_it_cannot_be_read()
    {
        _site.Edit("units/phuong-thuc-phan/ho-tich/cap-ban-sao-trich-luc-ho-tich.md", "title:", "tittle:");

        var errors = await ErrorsAsync();

        Assert.Contains("không có khóa 'tittle'", Assert.Single(errors), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> ErrorsAsync()
    {
        var (code, output, _) = await PublisherCli.RunAsync("validate", _site.Root);
        Assert.Equal(1, code);
        return [.. output.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal))];
    }
}
