using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public sealed class CodeRegistryLoaderTests
{
    [Fact]
    public void Entries_keep_their_line_and_nfc_placement()
    {
        var yaml = "# Mã ngắn\n- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placement: \"Ba\u0309ng niêm yết tầng 1\"\n- code: 7QXM\n  target: tp-cao-bang/quay-1\n  kind: counter\n  placement: Quầy số 1\n  retired: true\n";

        var (registry, diagnostics) = CodeRegistryLoader.Parse(yaml, "site/codes.yaml");

        Assert.Empty(diagnostics);
        Assert.Equal(2, registry.Entries.Count);
        Assert.Equal(new RegistryEntry("HT2K", "tp-cao-bang/ho-tich", "Bảng niêm yết tầng 1", null, false, 2, 3), registry.Entries[0]);
        Assert.Equal("Bảng niêm yết tầng 1".Normalize(System.Text.NormalizationForm.FormC), registry.Entries[0].Placement);
        Assert.Equal((CodeKind?)CodeKind.Counter, registry.Entries[1].Kind);
        Assert.True(registry.Entries[1].Retired);
        Assert.Equal(5, registry.Entries[1].Line);
    }

    [Fact]
    public void An_empty_file_is_an_empty_registry()
    {
        var (registry, diagnostics) = CodeRegistryLoader.Parse("# chưa có mã nào\n", "site/codes.yaml");

        Assert.Empty(diagnostics);
        Assert.Empty(registry.Entries);
    }

    [Fact]
    public void Unknown_keys_missing_fields_and_bad_values_are_reported_at_their_lines()
    {
        var yaml = "- code: HT2K\n  target: tp-cao-bang/ho-tich\n  placment: Bảng\n- code: 7QXM\n  target: tp-cao-bang/quay-1\n  placement: Quầy\n  kind: quay\n  retired: có\n";

        var (_, diagnostics) = CodeRegistryLoader.Parse(yaml, "site/codes.yaml");

        Assert.Equal(
            [
                "site/codes.yaml:3:3: error: không có khóa 'placment'; có phải ý bạn là 'placement'?",
                "site/codes.yaml:1:3: error: mã này còn thiếu 'placement:'; hãy thêm vào nhóm của mã",
                "site/codes.yaml:7:9: error: kind 'quay' không hợp lệ: ghi procedure (thủ tục), board (bảng lĩnh vực) hoặc counter (quầy)",
                "site/codes.yaml:8:12: error: retired chỉ nhận true (đã gỡ) hoặc false, không nhận 'có'",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_mapping_instead_of_a_list_is_explained()
    {
        var (_, diagnostics) = CodeRegistryLoader.Parse("codes:\n  HT2K: tp-cao-bang/ho-tich\n", "site/codes.yaml");

        Assert.Contains("tệp mã phải là một danh sách", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line()
    {
        var (_, diagnostics) = CodeRegistryLoader.Parse("- code: HT2K\n  target: [tp-cao-bang\n", "site/codes.yaml");

        var diagnostic = Assert.Single(diagnostics);
        Assert.True(diagnostic.IsError);
        Assert.StartsWith("lỗi cú pháp YAML", diagnostic.Message, StringComparison.Ordinal);
    }
}
