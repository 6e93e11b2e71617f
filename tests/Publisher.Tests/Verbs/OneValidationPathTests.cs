using MotCua.Publisher.Preview;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

/// <summary>
/// validate, build, serve and publish are one run into different sinks: whatever validate refuses, the other three
/// refuse too, with the same lines, so the preview never looks fine while CI refuses the commit.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OneValidationPathTests(AzuriteFixture azurite) : IDisposable
{
    private readonly SiteFolder _site = SiteFolder.CopyOfSample();
    private readonly string _out = Path.Combine(Path.GetTempPath(), "motcua-one-path-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Theory]
    [InlineData("codes.yaml", "target: phuong-quan-thanh/ho-tich\n", "target: phuong-quan-thanh/ho-tic\n")]
    [InlineData("units/phuong-ba-dinh/ho-tich/dang-ky-ket-hon.md", "\nfee:", "\nphi:")]
    [InlineData("units/tp-cao-bang/unit.yaml", "merged_into: [phuong-thuc-phan,", "merged_into: [phuong-thuc-phat,")]
    public async Task What_validate_refuses_build_serve_and_publish_refuse_with_the_same_lines(string file, string old, string replacement)
    {
        _site.Edit(file, old, replacement);

        var (validate, validateOut, _) = await PublisherCli.RunAsync("validate", _site.Root);
        var (build, buildOut, buildErr) = await PublisherCli.RunAsync("build", _site.Root, "--out", _out);
        var (publish, publishOut, publishErr) = await PublisherCli.RunAsync(
            "publish", _site.Root, "--connection", azurite.ConnectionString, "--container", UniqueNames.Container("one"), "--host", "qr.example.vn");
        using var preview = new PreviewSite(_site.Root, Path.Combine(_out, "serve"), TestClock.Create());
        var served = await preview.RebuildAsync(CancellationToken.None);

        var expected = Errors(validateOut);
        Assert.Equal(1, validate);
        Assert.Single(expected);
        Assert.Equal(1, build);
        Assert.Equal(expected, Errors(buildOut + buildErr));
        Assert.Equal(1, publish);
        Assert.Equal(expected, Errors(publishOut + publishErr));
        Assert.Equal(expected, served.Errors.Select(e => e.ToString()).ToList());
        Assert.False(Directory.Exists(Path.Combine(_out, "phuong-ba-dinh")), "build wrote pages of a site with errors");
    }

    [Fact]
    public async Task A_placeholder_of_new_is_a_warning_to_check_and_preview_and_the_same_line_as_an_error_to_publish_unless_a_draft()
    {
        await PublisherCli.RunAsync("new", _site.Root, "Đăng ký tạm trú", "--unit", "phuong-thuc-phan", "--field", "ho-tich");
        string[] publish = ["publish", _site.Root, "--connection", azurite.ConnectionString, "--container", UniqueNames.Container("draft"), "--host", "qr.example.vn", "--dry-run"];

        var (validate, validateOut, _) = await PublisherCli.RunAsync("validate", _site.Root);
        var (build, _, _) = await PublisherCli.RunAsync("build", _site.Root, "--out", _out);
        var (refused, refusedOut, refusedErr) = await PublisherCli.RunAsync(publish);
        _site.Edit("units/phuong-thuc-phan/ho-tich/dang-ky-tam-tru.md", "draft: false", "draft: true");
        var (draft, _, draftErr) = await PublisherCli.RunAsync(publish);

        var warning = Assert.Single(Warnings(validateOut), l => l.Contains("'Đang cập nhật.'", StringComparison.Ordinal));
        Assert.Equal((0, 0), (validate, build));
        Assert.Equal(1, refused);
        Assert.Equal([warning.Replace(": warning: ", ": error: ", StringComparison.Ordinal)], Errors(refusedOut + refusedErr));
        Assert.True(draft == 0, draftErr);
    }

    [Fact]
    public async Task The_sample_site_passes_all_four_alike()
    {
        var (validate, validateOut, _) = await PublisherCli.RunAsync("validate", _site.Root);
        var (build, buildOut, buildErr) = await PublisherCli.RunAsync("build", _site.Root, "--out", _out);

        Assert.Equal((0, 0), (validate, build));
        Assert.Equal(Warnings(validateOut), Warnings(buildOut + buildErr));
    }

    private static List<string> Errors(string output) => [.. output.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r'))];

    private static List<string> Warnings(string output) => [.. output.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r'))];
}
