using MotCua.Publisher.Publishing;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Publishing;

/// <summary>
/// An incremental build skips the units whose inputs did not change: after each kind of edit, the folder it leaves
/// must hold exactly the files, byte for byte, that a clean build of the same site writes.
/// </summary>
public sealed class FolderSinkIncrementalTests : IDisposable
{
    private const string UnitYaml = "name: Phường Thử\nfields:\n  ho-tich: Hộ tịch\n  chung-thuc: Chứng thực\ncounters:\n  quay-1: Quầy số 1\n";
    private const string OtherYaml = "name: Xã Khác\nfields:\n  ho-tich: Hộ tịch\ncounters:\n  quay-1: Quầy số 1\n";

    private readonly SiteFolder _site = new();
    private readonly string _out;
    private readonly string _clean;

    public FolderSinkIncrementalTests()
    {
        _out = Path.Combine(_site.Root, "_out");
        _clean = Path.Combine(_site.Root, "_clean");
        _site.Write("units/thu/unit.yaml", UnitYaml);
        _site.Write("units/thu/ho-tich/a.md", Sheet("Đăng ký khai sinh", body: "Xem [b](b.md) và [x](../../khac/ho-tich/x.md).\n"));
        _site.Write("units/thu/ho-tich/b.md", Sheet("Đăng ký khai tử"));
        _site.Write("units/thu/chung-thuc/c.md", Sheet("Chứng thực chữ ký", extra: "online_url: https://dichvucong.gov.vn/c\n"));
        _site.Write("units/khac/unit.yaml", OtherYaml);
        _site.Write("units/khac/ho-tich/x.md", Sheet("Đăng ký kết hôn"));
        _site.Write("units/khac/ho-tich/y.md", Sheet("Nhận cha mẹ con", body: "Xem [a](/thu/ho-tich/a.html).\n"));
    }

    public void Dispose() => _site.Dispose();

    private static string Sheet(string title, string body = SiteFolder.Body, string extra = "") =>
        $"---\ntitle: {title}\nupdated: {TestClock.TodayIso}\n{extra}---\n{body}";

    private static Task<SiteRunResult<FolderBuild>> BuildAsync(string siteDir, string outDir) =>
        SitePipeline.RunAsync(new SiteRun(siteDir, TestClock.Today), new FolderSink(siteDir, outDir), CancellationToken.None);

    /// <summary>Builds into the kept folder, then into a new one, and asserts both hold the same files with the same bytes.</summary>
    private async Task<FolderBuild> BuildAndCompareWithCleanAsync()
    {
        var incremental = await BuildAsync(_site.Root, _out);
        Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));
        if (Directory.Exists(_clean))
        {
            Directory.Delete(_clean, recursive: true);
        }

        var clean = await BuildAsync(_site.Root, _clean);
        Assert.True(clean.Succeeded);
        var expected = Files(_clean);
        var actual = Files(_out);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs from a clean build's");
        }

        return incremental.Outcome!;
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => (Path: f, Name: Path.GetRelativePath(dir, f).Replace('\\', '/')))
            .Where(f => f.Name != BuildCache.FileName && !f.Name.StartsWith(BuildCache.UnitsFolder + "/", StringComparison.Ordinal))
            .ToDictionary(f => f.Name, f => File.ReadAllBytes(f.Path), StringComparer.Ordinal);

    private DateTime Stamp(string blob) => File.GetLastWriteTimeUtc(Path.Combine(_out, blob));

    [Fact]
    public async Task Editing_a_sheet_body_in_one_unit_leaves_the_other_unit_untouched()
    {
        await BuildAndCompareWithCleanAsync();
        var otherStamp = Stamp("khac/ho-tich/x.html");
        _site.Write("units/thu/ho-tich/b.md", Sheet("Đăng ký khai tử", body: "Nội dung mới.\n"));

        var build = await BuildAndCompareWithCleanAsync();

        Assert.Equal(1, build.Rendered);
        Assert.Equal(otherStamp, Stamp("khac/ho-tich/x.html"));
    }

    [Fact]
    public async Task Nothing_changed_renders_nothing_and_counts_the_skipped_units_pages_as_unchanged()
    {
        var first = await BuildAndCompareWithCleanAsync();

        var second = await BuildAndCompareWithCleanAsync();

        Assert.Equal((0, first.Rendered, 0), (second.Rendered, second.Unchanged, second.Deleted));
    }

    [Fact]
    public async Task Renaming_a_unit_folder_moves_its_pages()
    {
        await BuildAndCompareWithCleanAsync();
        _site.Write("units/thu/ho-tich/a.md", Sheet("Đăng ký khai sinh", body: "Xem [b](b.md).\n"));
        _site.Write("units/khac/ho-tich/y.md", Sheet("Nhận cha mẹ con"));
        Directory.Move(Path.Combine(_site.Root, "units/khac"), Path.Combine(_site.Root, "units/khac-moi"));

        var build = await BuildAndCompareWithCleanAsync();

        Assert.True(build.Deleted > 0);
        Assert.False(Directory.EnumerateFiles(Path.Combine(_out, "khac")).Any());
    }

    [Fact]
    public async Task Editing_unit_yaml_re_plans_its_pages()
    {
        await BuildAndCompareWithCleanAsync();
        _site.Write("units/khac/unit.yaml", OtherYaml.Replace("Xã Khác", "Xã Khác Mới", StringComparison.Ordinal) + "phone: 0206 3852 000\n");

        await BuildAndCompareWithCleanAsync();

        Assert.Contains("Xã Khác Mới", File.ReadAllText(Path.Combine(_out, "khac/ho-tich/x.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_sheet_removes_its_page_and_lists_it_no_more()
    {
        await BuildAndCompareWithCleanAsync();
        File.Delete(Path.Combine(_site.Root, "units/thu/chung-thuc/c.md"));

        var build = await BuildAndCompareWithCleanAsync();

        Assert.Equal(1, build.Deleted);
    }

    [Fact]
    public async Task Retitling_a_sheet_another_unit_links_to_or_is_replaced_by_updates_that_unit()
    {
        _site.Write("units/thu/ho-tich/cu.md", "---\ntitle: Thủ tục cũ\nstatus: retired\nreplaced_by: khac/ho-tich/x\n---\n");
        await BuildAndCompareWithCleanAsync();
        _site.Write("units/khac/ho-tich/x.md", Sheet("Đăng ký kết hôn (mới)"));

        await BuildAndCompareWithCleanAsync();

        Assert.Contains("Đăng ký kết hôn (mới)", File.ReadAllText(Path.Combine(_out, "thu/ho-tich/cu.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_target_of_a_link_from_another_unit_keeps_both_units_as_a_clean_build()
    {
        await BuildAndCompareWithCleanAsync();
        _site.Write("units/khac/ho-tich/x.md", Sheet("Đăng ký kết hôn", body: "Nội dung mới.\n"));

        var build = await BuildAndCompareWithCleanAsync();

        Assert.Equal(1, build.Rendered);
    }

    [Fact]
    public async Task Merging_a_unit_into_another_re_plans_as_a_clean_build()
    {
        await BuildAndCompareWithCleanAsync();
        _site.Write("units/khac/unit.yaml", OtherYaml + "merged_into: thu\nmerged_from: 2025-07-01\n");

        await BuildAndCompareWithCleanAsync();
        _site.Write("units/thu/ho-tich/b.md", Sheet("Đăng ký khai tử", body: "Sau sáp nhập.\n"));

        var build = await BuildAndCompareWithCleanAsync();

        Assert.Equal(1, build.Rendered);
    }

    [Fact]
    public async Task Giving_a_sheet_a_short_code_in_codes_yaml_sends_its_portal_link_through_the_code()
    {
        await BuildAndCompareWithCleanAsync();
        _site.Write("codes.yaml", "- code: CT4M\n  target: thu/chung-thuc/c\n  placement: Tờ thủ tục\n");

        await BuildAndCompareWithCleanAsync();

        Assert.Contains("/go/CT4M", File.ReadAllText(Path.Combine(_out, "thu/chung-thuc/c.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_sheet_rewrites_the_cache_file_of_its_unit_alone()
    {
        await BuildAndCompareWithCleanAsync();
        var own = Path.Combine(_out, BuildCache.UnitsFolder, "thu.json");
        var other = Path.Combine(_out, BuildCache.UnitsFolder, "khac.json");
        var (ownStamp, otherStamp) = (File.GetLastWriteTimeUtc(own), File.GetLastWriteTimeUtc(other));
        _site.Write("units/thu/ho-tich/b.md", Sheet("Đăng ký khai tử", body: "Nội dung mới.\n"));

        await BuildAndCompareWithCleanAsync();

        Assert.NotEqual(ownStamp, File.GetLastWriteTimeUtc(own));
        Assert.Equal(otherStamp, File.GetLastWriteTimeUtc(other));
    }

    [Fact]
    public async Task A_build_from_the_cache_reports_what_a_clean_build_reports()
    {
        using var sample = SiteFolder.CopyOfSample();
        // Without its moved_to line, the merged office's sheet has no counterpart: a merger warning in every build.
        sample.Edit("units/tp-cao-bang/van-hoa/cap-giay-phep-karaoke.md", "moved_to: phuong-thuc-phan/van-hoa\n", "");
        var outDir = Path.Combine(sample.Root, "_out");

        var clean = await BuildAsync(sample.Root, outDir);
        var cached = await BuildAsync(sample.Root, outDir);

        Assert.NotEmpty(clean.Diagnostics);
        Assert.Equal(clean.Diagnostics, cached.Diagnostics);
    }

    [Fact]
    public async Task A_page_removed_from_the_output_of_an_unchanged_unit_is_written_again()
    {
        await BuildAndCompareWithCleanAsync();
        File.Delete(Path.Combine(_out, "khac/ho-tich/y.html"));

        var build = await BuildAndCompareWithCleanAsync();

        Assert.Equal(1, build.Rendered);
    }
}
