using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Cli;

/// <summary>
/// Each kind of usage error in Vietnamese, with the fix; the parts tools read stay as they were: the "error: " prefix,
/// exit code 2, the option and verb names, and `publisher LỆNH --help`.
/// </summary>
public sealed class UsageErrorsTests
{
    /// <summary>Words of System.CommandLine's own English messages.</summary>
    private static readonly string[] English = ["unknown", "unexpected", "missing", "Required", "Unrecognized", "expects", "usage:", "more:"];

    private static async Task<string> RefusedAsync(params string[] args)
    {
        var (code, output, error) = await PublisherCli.RunAsync(args);

        Assert.Equal((CommandLine.Usage, ""), (code, output));
        Assert.All(English, word => Assert.DoesNotContain(word, error, StringComparison.Ordinal));
        return error;
    }

    [Fact]
    public async Task An_unknown_verb_is_named_with_the_verbs_there_are()
    {
        var error = await RefusedAsync("frob");

        Assert.StartsWith("error: không có lệnh 'frob'; các lệnh có: validate, build, new, import, serve, publish, codes, assign, posters, slips, stats\n", error, StringComparison.Ordinal);
        Assert.EndsWith("cách dùng: publisher LỆNH [đối số] [tùy chọn]\nxem thêm: publisher --help\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_verb_gets_the_verb_meant()
    {
        var error = await RefusedAsync("biuld", RepositoryPaths.Site);

        Assert.StartsWith("error: không có lệnh 'biuld'; có phải ý bạn là 'build'?\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_gets_the_option_meant_and_the_verbs_help()
    {
        var error = await RefusedAsync("publish", RepositoryPaths.Site, "--acount-url", "x");

        Assert.Equal(
            "error: không có tùy chọn '--acount-url'; có phải ý bạn là '--account-url'?\n"
            + "cách dùng: publisher publish THƯ_MỤC_TRANG [--connection CHUỖI_KẾT_NỐI | --account-url ĐỊA_CHỈ_KHO] [--host TÊN_MIỀN] [--dry-run] [--container VÙNG_CHỨA]\n"
            + "xem thêm: publisher publish --help\n",
            error);
    }

    [Fact]
    public async Task An_option_far_from_every_known_one_gets_the_list_of_the_verbs_options()
    {
        var error = await RefusedAsync("codes", RepositoryPaths.Site, "--zzzzzz");

        Assert.StartsWith("error: không có tùy chọn '--zzzzzz'; lệnh này chỉ nhận: --host\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_option_before_the_verb_is_told_to_come_after_it()
    {
        var error = await RefusedAsync("--out", "x");

        Assert.StartsWith("error: không có tùy chọn '--out' ở đây: tùy chọn ghi sau tên lệnh, xem publisher LỆNH --help\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_argument_where_a_needed_option_is_left_out_is_taken_for_its_value()
    {
        var error = await RefusedAsync("build", RepositoryPaths.Site, "/tmp/o2");

        Assert.StartsWith(
            "error: thừa '/tmp/o2'; có phải ý bạn là '--out /tmp/o2'?\ncách dùng: publisher build THƯ_MỤC_TRANG --out THƯ_MỤC_RA\nxem thêm: publisher build --help\n",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_argument_says_to_name_the_option_it_belongs_to()
    {
        var error = await RefusedAsync("validate", RepositoryPaths.Site, "extra");

        Assert.StartsWith(
            "error: thừa 'extra': lệnh không cần thêm từ này; nếu đó là giá trị của một tùy chọn, ghi tên tùy chọn ngay trước nó\n"
            + "cách dùng: publisher validate THƯ_MỤC_TRANG [--published TỆP_MÃ_ĐÃ_ĐĂNG]\n",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_argument_says_what_to_write_there()
    {
        var error = await RefusedAsync("validate");

        Assert.StartsWith("error: thiếu THƯ_MỤC_TRANG (Thư mục trang của người biên tập, ví dụ site)\ncách dùng: publisher validate THƯ_MỤC_TRANG", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_told_by_the_verb_in_the_same_words()
    {
        var error = await RefusedAsync("build", RepositoryPaths.Site);

        Assert.StartsWith("error: thiếu --out THƯ_MỤC_RA (Thư mục ghi kết quả ra)\ncách dùng: publisher build THƯ_MỤC_TRANG --out THƯ_MỤC_RA\nxem thêm: publisher build --help\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_option_without_its_value_says_to_write_the_value_after_it()
    {
        var error = await RefusedAsync("build", RepositoryPaths.Site, "--out");

        Assert.StartsWith("error: thiếu --out THƯ_MỤC_RA (Thư mục ghi kết quả ra): ghi giá trị ngay sau --out\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_option_given_twice_says_to_give_it_once()
    {
        var error = await RefusedAsync("build", RepositoryPaths.Site, "--out", "a", "--out", "b");

        Assert.StartsWith("error: --out được ghi 2 lần ('a', 'b'): chỉ ghi một lần\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_option_after_double_dash_is_an_unexpected_argument_not_a_misspelling_of_itself()
    {
        var error = await RefusedAsync("build", RepositoryPaths.Site, "--", "--out");

        Assert.StartsWith("error: thừa '--out':", error, StringComparison.Ordinal);
    }
}
