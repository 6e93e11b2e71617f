using MotCua.Domain.OpenData;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.OpenData;

/// <summary>An office chooses the licence of its open statistics in unit.yaml; CC BY 4.0 when it says nothing.</summary>
public sealed class UnitLicenseTests
{
    private const string Unit = "name: UBND phường A\nfields:\n  ho-tich: Hộ tịch\n";

    [Fact]
    public void Without_a_license_line_the_statistics_are_CC_BY_4_0()
    {
        var diagnostics = new List<Diagnostic>();

        var unit = UnitParser.Parse("phuong-a", "unit.yaml", Unit, diagnostics);

        Assert.Equal(("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"), (unit!.License.Name, unit.License.Path));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_license_line_names_another_open_licence()
    {
        var diagnostics = new List<Diagnostic>();

        var unit = UnitParser.Parse("phuong-a", "unit.yaml", Unit + "license: CC0-1.0\n", diagnostics);

        Assert.Equal(OpenLicense.Find("CC0-1.0"), unit!.License);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_unknown_licence_is_an_error_at_its_line_listing_the_choices()
    {
        var diagnostics = new List<Diagnostic>();

        var unit = UnitParser.Parse("phuong-a", "unit.yaml", Unit + "license: MIT\n", diagnostics);

        Assert.Null(unit);
        var error = Assert.Single(diagnostics);
        Assert.Equal((4, Severity.Error), (error.Line, error.Severity));
        Assert.Contains("'MIT' không có trong danh sách: ghi một trong CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0", error.Message, StringComparison.Ordinal);
    }
}
