using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Slips;
using MotCua.Domain.Slips;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

/// <summary>`publisher slips`: every label of the printed sheet is a slip storage knows, for that office only.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SlipsVerbTests(AzuriteFixture azurite) : IDisposable
{
    private const string Unit = "phuong-thuc-phan";
    private readonly SiteFolder _site = SiteFolder.CopyOfSample();

    private string OutDir => Path.Combine(_site.Root, "out");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Every_label_of_a_sheet_printed_by_Chromium_decodes_at_150_dpi_to_a_slip_recorded_for_the_office()
    {
        var (code, output, error) = await PublisherCli.RunAsync("slips", _site.Root, "--unit", Unit, "--count", "30", "--out", OutDir, "--host", "qr.thucphan.gov.vn", "--connection", azurite.ConnectionString);

        Assert.True(code == 0, error);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(OutDir, "slips", Unit)));
        Assert.StartsWith($"{file}: 30 phiếu trên 2 tờ A4, 24 nhãn 70 × 37 mm", output, StringComparison.Ordinal);
        var decoded = await DecodeEveryLabelAsync(file, SlipLabelLayout.A4x24, 30);

        Assert.Equal(30, decoded.Distinct(StringComparer.Ordinal).Count());
        var slips = new TableServiceClient(azurite.ConnectionString).GetTableClient(TableNames.Slips);
        string? batch = null;
        foreach (var url in decoded)
        {
            Assert.Matches("^HTTPS://QR\\.THUCPHAN\\.GOV\\.VN/P/[23456789A-HJKMNP-Z]{16}$", url);
            var id = url[^SlipId.Length..];
            var slip = (await slips.GetEntityAsync<SlipEntity>(SlipKeys.SlipPartition(id), id)).Value;
            Assert.Equal(Unit, slip.Unit);
            Assert.Equal("2026-11-20", slip.PrintedDate);
            batch ??= slip.Batch;
            Assert.Equal(batch, slip.Batch);
        }

        var recorded = (await slips.GetEntityAsync<SlipBatchEntity>(SlipKeys.BatchPartition, SlipKeys.BatchRow(Unit, new DateOnly(2026, 11, 20), batch!))).Value;
        Assert.Equal(30, recorded.Count);
        var html = await File.ReadAllTextAsync(file);
        Assert.Equal(30, html.Split(SlipChoices.LabelLine).Length - 1);
        Assert.Equal(30, html.Split("<p class=\"unit\">Trung tâm Phục vụ hành chính công phường Thục Phán</p>").Length - 1);
    }

    [Fact]
    public async Task Another_label_sheet_is_chosen_by_its_name_and_printed_on_its_own_grid()
    {
        var (code, output, error) = await PublisherCli.RunAsync("slips", _site.Root, "--unit", Unit, "--count", "21", "--out", OutDir, "--layout", "a4-21", "--host", "qr.thucphan.gov.vn", "--connection", azurite.ConnectionString);

        Assert.True(code == 0, error);
        Assert.Contains("21 phiếu trên 1 tờ A4, 21 nhãn 63,5 × 38,1 mm", output, StringComparison.Ordinal);
        var decoded = await DecodeEveryLabelAsync(Assert.Single(Directory.GetFiles(Path.Combine(OutDir, "slips", Unit))), SlipLabelLayout.A4x21, 21);
        Assert.Equal(21, decoded.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Prints the sheet with Chromium and reads each label as a phone held over it does: its own area of the page,
    /// rasterised at 150 dpi, decoded by zbarimg. Every label must give exactly one code, and the URL the label names.
    /// </summary>
    private static async Task<List<string>> DecodeEveryLabelAsync(string file, SlipLabelLayout layout, int count)
    {
        using var sheet = await PrintedSheet.PrintAsync(file);
        Assert.Equal((count + layout.PerSheet - 1) / layout.PerSheet, sheet.Pages);
        var html = await File.ReadAllTextAsync(file);
        var decoded = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (row, column) = Math.DivRem(i % layout.PerSheet, layout.Columns);
            var label = await sheet.RasteriseAsync((i / layout.PerSheet) + 1, dpi: 150,
                (layout.Left + (column * layout.PitchX), layout.Top + (row * layout.PitchY), layout.Width, layout.Height));
            var url = Assert.Single(await ZbarImg.DecodeAsync(label));
            Assert.Contains($"aria-label=\"{url}\"", html, StringComparison.Ordinal);
            decoded.Add(url);
        }

        return decoded;
    }

    [Theory]
    [InlineData("0", "--count cần số phiếu nguyên từ 1 đến 2400, không phải '0'")]
    [InlineData("2401", "--count cần số phiếu nguyên từ 1 đến 2400, không phải '2401'")]
    [InlineData("ba", "--count cần số phiếu nguyên từ 1 đến 2400, không phải 'ba'")]
    public async Task A_count_outside_one_to_2400_is_a_usage_error_and_nothing_is_printed(string count, string message)
    {
        var (code, _, error) = await PublisherCli.RunAsync("slips", _site.Root, "--unit", Unit, "--count", count, "--out", OutDir, "--connection", azurite.ConnectionString);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains($"error: {message}", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
    }

    [Fact]
    public async Task An_unknown_layout_is_refused_with_the_layouts_there_are()
    {
        var (code, _, error) = await PublisherCli.RunAsync("slips", _site.Root, "--unit", Unit, "--count", "5", "--out", OutDir, "--layout", "a4-65", "--connection", azurite.ConnectionString);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("error: không có khổ nhãn 'a4-65'; các khổ có: a4-24 (", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--unit")]
    [InlineData("--count")]
    [InlineData("--out")]
    public async Task Each_of_unit_count_and_out_is_needed(string left)
    {
        var args = new List<string> { "slips", _site.Root, "--unit", Unit, "--count", "5", "--out", OutDir };
        args.RemoveRange(args.IndexOf(left), 2);

        var (code, _, error) = await PublisherCli.RunAsync([.. args]);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains($"error: thiếu {left} ", error, StringComparison.Ordinal);
        Assert.Contains("cách dùng: publisher slips THƯ_MỤC_TRANG --unit ĐƠN_VỊ --count SỐ_PHIẾU --out THƯ_MỤC_RA", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_that_is_not_in_the_site_or_was_merged_gets_no_slips()
    {
        var (unknown, _, unknownError) = await PublisherCli.RunAsync("slips", _site.Root, "--unit", "phuong-khong-co", "--count", "5", "--out", OutDir, "--connection", azurite.ConnectionString);
        var (merged, _, mergedError) = await PublisherCli.RunAsync("slips", _site.Root, "--unit", "tp-cao-bang", "--count", "5", "--out", OutDir, "--connection", azurite.ConnectionString);

        Assert.Equal(CommandLine.Failed, unknown);
        Assert.Contains("error: không có đơn vị 'phuong-khong-co'", unknownError, StringComparison.Ordinal);
        Assert.Contains("phuong-thuc-phan", unknownError, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Failed, merged);
        Assert.Contains("đã sáp nhập vào đơn vị khác", mergedError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
    }

    [Fact]
    public async Task When_storage_cannot_record_the_batch_no_sheet_is_left_to_print()
    {
        var down = StorageEndpoints.WithTablePort(azurite.ConnectionString, StorageEndpoints.ClosedPort());

        var (code, _, error) = await PublisherCli.RunAsync("slips", _site.Root, "--unit", Unit, "--count", "5", "--out", OutDir, "--host", "qr.thucphan.gov.vn", "--connection", down);

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("error: không kết nối được tới kho lưu trữ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(OutDir, "*", SearchOption.AllDirectories));
    }
}
