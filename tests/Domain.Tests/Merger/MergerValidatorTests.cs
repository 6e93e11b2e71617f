using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Merger;

public sealed class MergerValidatorTests
{
    private static List<Diagnostic> Validate(SiteModel site, params string[] targets) =>
        [.. CodeRegistryValidator.Validate(MergerSite.Registry(targets), site)];

    [Fact]
    public void A_sound_mapping_warns_only_about_old_procedures_without_a_counterpart()
    {
        var diagnostics = Validate(MergerSite.Build(), "tp-cu/ho-tich", "tp-cu/giao-duc/chuyen-truong");

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(
            ["site/units/tp-cu/giao-duc/chuyen-truong.md", "site/units/tp-cu/ho-tich/ghi-chu-ly-hon.md"],
            diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("mã 1.000000", StringComparison.Ordinal) && d.Message.Contains("/phuong-a/ho-tich/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_successor_that_does_not_exist_is_one_error_at_merged_into_not_one_more_at_each_code()
    {
        var site = MergerSite.Build();
        var city = site.Units[0] with
        {
            Merger = site.Units[0].Merger! with { Into = ["phuong-khong-co"] },
            Positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal) { [UnitKeys.MergedInto] = new(20, 14) },
        };

        var diagnostics = Validate(new SiteModel([city, .. site.Units.Skip(1)]), "tp-cu/ho-tich");

        Assert.Contains(diagnostics, d => d.ToString().StartsWith("site/units/tp-cu/unit.yaml:20:14: error: không có đơn vị 'phuong-khong-co'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.IsError && d.Path == "site/codes.yaml");
    }

    [Fact]
    public void Moved_to_must_name_a_field_or_counter_of_the_unit_and_an_existing_page()
    {
        var moved = new Dictionary<string, string>(StringComparer.Ordinal) { ["khong-co"] = "phuong-a", ["giao-thong"] = "phuong-a/khong-co-bang" };

        var errors = Validate(MergerSite.Build(moved)).Where(d => d.IsError).Select(d => d.Message).ToList();

        Assert.Contains(errors, m => m.Contains("'khong-co' không phải lĩnh vực hay quầy", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.StartsWith("moved_to: giao-thong:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_successor_that_was_itself_merged_is_an_error()
    {
        var site = MergerSite.Build();
        var wardB = site.Units[2] with { Merger = new UnitMerger(["phuong-a"], MergerSite.From, new Dictionary<string, string>()) };

        var errors = Validate(new SiteModel([site.Units[0], site.Units[1], wardB])).Where(d => d.IsError).ToList();

        Assert.Contains(errors, d => d.Message.Contains("'phuong-b' cũng đã sáp nhập", StringComparison.Ordinal));
    }

    [Fact]
    public void Moved_to_in_a_unit_that_was_not_merged_is_an_error_at_the_sheet()
    {
        var site = MergerSite.Build();
        var stray = MergerSite.Sheet("phuong-a", "ho-tich", "le", "Lẻ", null) with
        {
            MovedTo = "phuong-b",
            Positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal) { [SheetKeys.MovedTo] = new(9, 11) },
        };
        var wardA = site.Units[1] with { Sheets = [.. site.Units[1].Sheets, stray] };

        var error = Assert.Single(Validate(new SiteModel([site.Units[0], wardA, site.Units[2]])), d => d.IsError);

        Assert.Equal("site/units/phuong-a/ho-tich/le.md:9:11: error: 'moved_to' chỉ dùng trong đơn vị đã sáp nhập (có 'merged_into' trong unit.yaml của 'phuong-a')", error.ToString());
    }

    [Theory]
    [InlineData("merged_into: phuong-a\nmerged_from: 2025-07-01\n", null)]
    [InlineData("merged_into: [phuong-a, phuong-b]\nmerged_from: 2025-07-01\nmoved_to:\n  ho-tich: phuong-b\n", null)]
    [InlineData("merged_into: phuong-a\n", "'merged_from' phải là ngày")]
    [InlineData("merged_from: 2025-07-01\n", "thiếu 'merged_into'")]
    [InlineData("merged_into: Phường A\nmerged_from: 2025-07-01\n", "'merged_into' phải là tên thư mục")]
    [InlineData("merged_into: phuong-a\nmerged_from: 1/7/2025\n", null)]
    [InlineData("merged_into: phuong-a\nmerged_from: 31/02/2025\n", "'merged_from' phải là ngày")]
    public void Unit_yaml_records_a_merger_or_says_what_is_wrong(string lines, string? problem)
    {
        var diagnostics = new List<Diagnostic>();

        var unit = UnitParser.Parse("tp-cu", "unit.yaml", "name: UBND thành phố Cũ\nfields:\n  ho-tich: Hộ tịch\n" + lines, diagnostics);

        if (problem is null)
        {
            Assert.Empty(diagnostics);
            Assert.Equal(new DateOnly(2025, 7, 1), unit!.Merger!.From);
            Assert.Equal("phuong-a", unit.Merger.Successor);
        }
        else
        {
            Assert.Contains(problem, Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        }
    }
}
