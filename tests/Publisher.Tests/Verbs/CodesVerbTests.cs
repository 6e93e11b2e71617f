namespace MotCua.Publisher.Tests.Verbs;

public sealed class CodesVerbTests : IDisposable
{
    private readonly CodeVerbSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Each_code_is_one_tab_separated_line_sorted_by_code_with_its_upper_case_url()
    {
        _site.Write("codes.yaml",
            "- code: ks3a\n  target: phuong-quan-thanh/ho-tich/dang-ky-khai-sinh\n  placement: Tờ thủ tục\n" +
            "- code: 7QXM\n  target: phuong-quan-thanh/quay-1\n  placement: Quầy số 1\n" +
            "- code: HT2K\n  target: phuong-quan-thanh/ho-tich\n  placement: Bảng niêm yết tầng 1\n");

        var (code, output, error) = await PublisherCli.RunAsync("codes", _site.Root, "--host", "qr.quanthanh.gov.vn");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(
            "7QXM\tquầy\tphuong-quan-thanh/quay-1\tQuầy số 1\tHTTPS://QR.QUANTHANH.GOV.VN/S/7QXM\n" +
            "HT2K\tbảng\tphuong-quan-thanh/ho-tich\tBảng niêm yết tầng 1\tHTTPS://QR.QUANTHANH.GOV.VN/S/HT2K\n" +
            "KS3A\tthủ tục\tphuong-quan-thanh/ho-tich/dang-ky-khai-sinh\tTờ thủ tục\tHTTPS://QR.QUANTHANH.GOV.VN/S/KS3A\n",
            output);
    }

    [Fact]
    public async Task A_code_printed_for_a_sheet_before_it_was_renamed_and_moved_lists_its_new_target()
    {
        // The sheet used to be ho-tich/chung-thuc-chu-ky-cu; its front matter now says so.
        var sheet = Path.Combine(_site.Root, "units/phuong-quan-thanh/chung-thuc/chung-thuc-chu-ky.md");
        var text = await File.ReadAllTextAsync(sheet);
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(sheet, "---\naliases:\n  - ho-tich/chung-thuc-chu-ky-cu\n" + text[4..]);
        _site.Write("codes.yaml", "- code: CT4M\n  target: phuong-quan-thanh/ho-tich/chung-thuc-chu-ky-cu\n  placement: Tờ thủ tục\n");

        var (code, output, error) = await PublisherCli.RunAsync("codes", _site.Root, "--host", "qr.quanthanh.gov.vn");

        Assert.True(code == 0, error);
        Assert.StartsWith("CT4M\tthủ tục\tphuong-quan-thanh/chung-thuc/chung-thuc-chu-ky\t", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_host_the_placeholder_is_used_with_a_warning()
    {
        _site.Write("codes.yaml", "- code: HT2K\n  target: phuong-quan-thanh/ho-tich\n  placement: Bảng\n");

        var (code, output, error) = await PublisherCli.RunAsync("codes", _site.Root);

        Assert.Equal(0, code);
        Assert.EndsWith("\tHTTPS://QR.EXAMPLE.VN/S/HT2K\n", output, StringComparison.Ordinal);
        Assert.Contains("đừng in các mã này", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dangling_target_fails_with_its_line_and_no_stack_trace()
    {
        _site.Write("codes.yaml", "- code: HT2K\n  target: phuong-quan-thanh/khong-co\n  placement: Bảng\n");

        var (code, _, error) = await PublisherCli.RunAsync("codes", _site.Root, "--host", "qr.quanthanh.gov.vn");

        Assert.Equal(1, code);
        Assert.Contains("codes.yaml:1:3: target 'phuong-quan-thanh/khong-co'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_cannot_be_in_a_qr_url_is_refused()
    {
        var (code, _, error) = await PublisherCli.RunAsync("codes", _site.Root, "--host", "https://qr.vn");

        Assert.Equal(1, code);
        Assert.StartsWith("error: 'https://qr.vn' không phải tên máy chủ", error, StringComparison.Ordinal);
    }
}
