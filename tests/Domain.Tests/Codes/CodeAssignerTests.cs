using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public sealed class CodeAssignerTests
{
    [Fact]
    public void Every_board_counter_and_active_procedure_without_a_code_gets_one()
    {
        var registry = CodeRegistryLoader.Parse("- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: Bảng\n", "site/codes.yaml").Registry;

        var added = CodeAssigner.Assign(registry, SampleSite.Build());

        Assert.Equal(
            [
                (CodeKind.Board, "tp-cao-bang/chung-thuc", "Bảng niêm yết"),
                (CodeKind.Counter, "tp-cao-bang/quay-1", "Tại quầy"),
                (CodeKind.Procedure, "tp-cao-bang/chung-thuc/chung-thuc-chu-ky", "Tờ thủ tục"),
                (CodeKind.Procedure, "tp-cao-bang/ho-tich/cap-ban-sao-trich-luc-ho-tich", "Tờ thủ tục"),
                (CodeKind.Procedure, "tp-cao-bang/ho-tich/dang-ky-khai-sinh", "Tờ thủ tục"),
            ],
            added.Select(c => (c.Kind, c.Target, c.Placement)));
        Assert.All(added, c => Assert.True(CodeAlphabet.IsValid(c.Code) && c.Code.Length == 4, c.Code));
    }

    [Fact]
    public void A_sheet_coded_under_its_old_name_is_already_covered()
    {
        var registry = CodeRegistryLoader.Parse("- code: CT4M\n  target: tp-cao-bang/ho-tich/chung-thuc-chu-ky-ca-nhan\n  placement: Tờ\n", "site/codes.yaml").Registry;

        var added = CodeAssigner.Assign(registry, SampleSite.Build());

        Assert.DoesNotContain(added, c => c.Target == "tp-cao-bang/chung-thuc/chung-thuc-chu-ky");
    }

    [Fact]
    public void A_target_whose_only_code_is_retired_gets_a_new_one()
    {
        var registry = CodeRegistryLoader.Parse("- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: Bảng\n  retired: true\n", "site/codes.yaml").Registry;

        Assert.Contains(CodeAssigner.Assign(registry, SampleSite.Build()), c => c.Target == "tp-cao-bang/ho-tich");
    }

    [Fact]
    public void Assigning_twice_gives_the_same_codes_and_then_nothing()
    {
        var empty = new CodeRegistry("site/codes.yaml", []);
        var first = CodeAssigner.Assign(empty, SampleSite.Build(), "Bảng niêm yết tầng 1");
        Assert.Equal(first, CodeAssigner.Assign(empty, SampleSite.Build(), "Bảng niêm yết tầng 1"));

        var written = CodeRegistryWriter.AppendText(null, first);
        var (registry, diagnostics) = CodeRegistryLoader.Parse(written, "site/codes.yaml");

        Assert.Empty(diagnostics);
        Assert.Empty(CodeRegistryValidator.Validate(registry, SampleSite.Build()));
        Assert.Empty(CodeAssigner.Assign(registry, SampleSite.Build()));
    }

    [Fact]
    public void A_derived_code_never_collides_with_a_taken_one_even_a_retired_one()
    {
        var first = CodeAssigner.Derive("tp-cao-bang/ho-tich", new HashSet<string>());

        var second = CodeAssigner.Derive("tp-cao-bang/ho-tich", new HashSet<string> { first });

        Assert.NotEqual(first, second);
        Assert.True(CodeAlphabet.IsValid(second));
    }
}
