namespace MotCua.Publisher.Tests.Verbs;

public sealed class PostersVerbTests : IDisposable
{
    private readonly CodeVerbSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Posters_for_each_board_and_counter_code_and_one_file_with_all_are_written_under_posters_unit()
    {
        _site.Write("codes.yaml",
            "- code: HT2K\n  target: phuong-quan-thanh/ho-tich\n  placement: Bảng niêm yết tầng 1\n" +
            "- code: 7QXM\n  target: phuong-quan-thanh/quay-1\n  placement: Quầy số 1\n" +
            "- code: KS3A\n  target: phuong-quan-thanh/ho-tich/dang-ky-khai-sinh\n  placement: Tờ thủ tục\n");
        var outDir = Path.Combine(_site.Root, "out");

        var (code, output, error) = await PublisherCli.RunAsync("posters", _site.Root, "--out", outDir, "--host", "qr.quanthanh.gov.vn");

        Assert.True(code == 0, error);
        Assert.Equal($"{Path.Combine(outDir, "posters", "phuong-quan-thanh")}/: 2 áp phích, và index.html để in tất cả\n", output.ReplaceLineEndings("\n"));
        var folder = Path.Combine(outDir, "posters", "phuong-quan-thanh");
        Assert.Equal(["ho-tich-ht2k.html", "index.html", "quay-1-7qxm.html"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var board = await File.ReadAllTextAsync(Path.Combine(folder, "ho-tich-ht2k.html"));
        Assert.Contains("<li>Đăng ký khai sinh</li>", board, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"HTTPS://QR.QUANTHANH.GOV.VN/S/HT2K\"", board, StringComparison.Ordinal);
        var all = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
        Assert.Contains("Ông/bà có hài lòng với sự phục vụ tại quầy này không?", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_out_the_usage_is_printed()
    {
        var (code, _, error) = await PublisherCli.RunAsync("posters", _site.Root);

        Assert.Equal(2, code);
        Assert.Contains("cách dùng: publisher posters THƯ_MỤC_TRANG --out THƯ_MỤC_RA", error, StringComparison.Ordinal);
    }
}
