using System.Text.Json;
using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Merger;

public sealed class MergerResolverTests
{
    [Theory]
    [InlineData("tp-cu/ho-tich/dang-ky-khai-sinh", "/phuong-a/ho-tich/khai-sinh.html")]
    [InlineData("tp-cu/ho-tich/dang-ky-khai-tu", "/phuong-a/ho-tich/dang-ky-khai-tu.html")]
    [InlineData("tp-cu/ho-tich/ghi-chu-ly-hon", "/phuong-a/ho-tich/")]
    [InlineData("tp-cu/ho-tich", "/phuong-a/ho-tich/")]
    [InlineData("tp-cu/giao-thong/cap-phep-thi-cong", "/phuong-a/cap-tinh/")]
    [InlineData("tp-cu/giao-thong", "/phuong-a/cap-tinh/")]
    [InlineData("tp-cu/nong-nghiep/ho-tro-thien-tai", "/phuong-b/nong-nghiep/")]
    [InlineData("tp-cu/giao-duc/chuyen-truong", "/tp-cu/sap-nhap.html")]
    [InlineData("tp-cu/giao-duc", "/tp-cu/sap-nhap.html")]
    [InlineData("tp-cu/quay-1", "/phuong-a/gop-y/quay-1.html")]
    [InlineData("tp-cu/quay-9", "/tp-cu/sap-nhap.html")]
    public void An_old_code_opens_the_same_procedure_then_the_same_board_then_the_notice(string target, string expected)
    {
        var entry = Assert.Single(CodeResolver.Resolve(MergerSite.Registry(target), MergerSite.Build()).Codes);

        Assert.Equal((expected, MergerSite.From), (entry.SuccessorPath, entry.MergedFrom));
        Assert.Equal(entry.Path, entry.PathOn(MergerSite.From.AddDays(-1)));
        Assert.Equal(expected, entry.PathOn(MergerSite.From));
    }

    [Fact]
    public void A_sheets_own_moved_to_wins_over_its_fields()
    {
        var moved = MergerSite.Sheet("tp-cu", "giao-thong", "dau-noi", "Đấu nối đường nhánh", null) with { MovedTo = "phuong-a/ho-tich/khai-sinh" };

        var entry = Assert.Single(CodeResolver.Resolve(MergerSite.Registry("tp-cu/giao-thong/dau-noi"), MergerSite.Build(null, moved)).Codes);

        Assert.Equal("/phuong-a/ho-tich/khai-sinh.html", entry.SuccessorPath);
    }

    [Fact]
    public void An_old_code_keeps_its_own_code_unit_target_and_placement_and_other_codes_keep_their_bytes()
    {
        var site = MergerSite.Build();
        var entries = CodeResolver.Resolve(MergerSite.Registry("tp-cu/ho-tich", "phuong-a/ho-tich"), site).Codes;

        var old = entries.Single(e => e.Unit == "tp-cu");
        Assert.Equal(("tp-cu/ho-tich", "Bảng niêm yết", "/tp-cu/ho-tich/", "phuong-a"), (old.Target, old.Placement, old.Path, old.SuccessorUnit));
        var current = JsonSerializer.Serialize(entries.Single(e => e.Unit == "phuong-a"));
        Assert.DoesNotContain("successor", current, StringComparison.Ordinal);
        Assert.DoesNotContain("merged_from", current, StringComparison.Ordinal);
        Assert.Contains("\"merged_from\":\"2025-07-01\"", JsonSerializer.Serialize(old), StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolved_file_reads_back_with_the_merger()
    {
        var resolved = CodeResolver.Resolve(MergerSite.Registry("tp-cu/ho-tich"), MergerSite.Build());

        var back = JsonSerializer.Deserialize<ResolvedCodes>(JsonSerializer.SerializeToUtf8Bytes(resolved))!;

        Assert.Equal(resolved.Codes, back.Codes);
    }
}
