using System.Text;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.TestSupport.Surveys;

namespace MotCua.Domain.Tests.Surveys;

public class SurveyCatalogJsonTests
{
    [Fact]
    public void A_catalog_survives_writing_and_reading()
    {
        var json = SurveyCatalogJson.Serialize(SurveySamples.Catalog);

        var read = SurveyCatalogJson.Parse(json);

        Assert.NotNull(read);
        Assert.Equal("Quầy 1 — Hộ tịch", read.FindUnit("tp-cao-bang")?.FindCounter("quay-1")?.Name);
        Assert.Equal("Đăng ký khai sinh", read.FindUnit("tp-cao-bang")?.FindProcedure(SurveySamples.Procedure)?.Title);
        Assert.Contains("\"name\":\"Quầy 2 — Đất đai\"", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"units\":[null]}")]
    [InlineData("{\"units\":[{\"unit\":\"a\",\"name\":\"A\",\"counters\":null,\"procedures\":[]}]}")]
    [InlineData("{\"units\":[{\"unit\":\"a\",\"name\":\"A\",\"counters\":[null],\"procedures\":[]}]}")]
    [InlineData("{\"units\":[{\"unit\":\"a\",\"name\":\"A\",\"counters\":[],\"procedures\":[{\"key\":\"a/b/c\",\"title\":\"T\"}]}]}")]
    public void A_broken_file_reads_as_null_instead_of_throwing(string json)
    {
        Assert.Null(SurveyCatalogJson.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void The_catalog_of_a_site_lists_counters_and_only_current_procedures()
    {
        Sheet Sheet(string slug, string title, bool retired) => new()
        {
            Unit = "u", Field = "ho-tich", Slug = slug, SourcePath = $"units/u/ho-tich/{slug}.md", Title = title, Body = "", Retired = retired,
        };
        var unit = new Unit("u", "Đơn vị", "", "", "", [new Field("ho-tich", "Hộ tịch")], [new Counter("quay-1", "Quầy 1")],
            [Sheet("khai-sinh", "Đăng ký khai sinh", retired: false), Sheet("cu", "Thủ tục cũ", retired: true), Sheet("chung-thuc", "Chứng thực", retired: false)]);
        // Another field listed first in unit.yaml: its procedures come first.
        unit = unit with { Fields = [new Field("dat-dai", "Đất đai"), .. unit.Fields], Sheets = [.. unit.Sheets, Sheet("cap-so", "Cấp sổ", retired: false) with { Field = "dat-dai" }] };

        var catalog = SurveyCatalog.FromSite(new SiteModel([unit]));

        var u = Assert.Single(catalog.Units);
        Assert.Equal("quay-1", Assert.Single(u.Counters).Slug);
        Assert.Equal(["u/dat-dai/cap-so", "u/ho-tich/chung-thuc", "u/ho-tich/khai-sinh"], u.Procedures.Select(p => p.Key));
        Assert.Equal(["Đất đai", "Hộ tịch", "Hộ tịch"], u.Procedures.Select(p => p.Field));
    }
}
