using MotCua.Domain.Codes;

namespace MotCua.Publisher.Tests.Verbs;

public sealed class AssignVerbTests : IDisposable
{
    private readonly CodeVerbSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_site_without_a_registry_gets_one_code_per_board_counter_and_active_procedure()
    {
        var (code, output, _) = await PublisherCli.RunAsync("assign", _site.Root);

        Assert.Equal(0, code);
        Assert.EndsWith("đã thêm 14 mã QR vào " + _site.Root + "/codes.yaml\n", output, StringComparison.Ordinal);
        var (registry, diagnostics) = CodeRegistryLoader.Load(_site.Root);
        Assert.Empty(diagnostics);
        var targets = registry.Entries.Select(e => e.Target).ToList();
        Assert.Contains("phuong-quan-thanh/ho-tich", targets);
        Assert.Contains("phuong-quan-thanh/quay-2", targets);
        Assert.Contains("phuong-quan-thanh/ho-tich/dang-ky-khai-sinh", targets);
        Assert.DoesNotContain("phuong-quan-thanh/xay-dung/cap-giay-phep-xay-dung-co-thoi-han", targets);
    }

    [Fact]
    public async Task Existing_lines_are_kept_byte_for_byte_and_a_second_run_adds_nothing()
    {
        const string existing = "# Sổ mã của phường\n-   code: HT2K   # bảng chính\n    target: phuong-quan-thanh/ho-tich\n    placement: 'Bảng niêm yết tầng 1'\n";
        _site.Write("codes.yaml", existing);

        var (code, _, _) = await PublisherCli.RunAsync("assign", _site.Root, "--placement", "Sảnh chờ");
        var afterFirst = await File.ReadAllTextAsync(_site.RegistryFile);
        var (again, output, _) = await PublisherCli.RunAsync("assign", _site.Root);

        Assert.Equal(0, code);
        Assert.StartsWith(existing + "- code: ", afterFirst, StringComparison.Ordinal);
        Assert.Contains("  placement: Sảnh chờ\n", afterFirst, StringComparison.Ordinal);
        Assert.DoesNotContain("target: phuong-quan-thanh/ho-tich\n", afterFirst[existing.Length..], StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Equal("mọi bảng, quầy và thủ tục đều đã có mã QR\n", output);
        Assert.Equal(afterFirst, await File.ReadAllTextAsync(_site.RegistryFile));
    }

    [Fact]
    public async Task A_broken_registry_is_reported_and_left_alone()
    {
        _site.Write("codes.yaml", "- code: HT2K\n  target: [x\n");

        var (code, _, error) = await PublisherCli.RunAsync("assign", _site.Root);

        Assert.Equal(1, code);
        Assert.Contains("codes.yaml:3:1: error: lỗi cú pháp YAML", error, StringComparison.Ordinal);
        Assert.Equal("- code: HT2K\n  target: [x\n", await File.ReadAllTextAsync(_site.RegistryFile));
    }
}
