namespace MotCua.Publisher.Tests.Verbs;

/// <summary>validate checks the code registry with the sheets.</summary>
public sealed class ValidateVerbCodesTests : IDisposable
{
    private readonly CodeVerbSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_duplicate_code_fails_validation_with_its_line()
    {
        _site.Write("codes.yaml",
            "- code: HT2K\n  target: phuong-quan-thanh/ho-tich\n  placement: Bảng\n" +
            "- code: HT2K\n  target: phuong-quan-thanh/quay-1\n  placement: Quầy\n");

        var (code, output, _) = await PublisherCli.RunAsync("validate", _site.Root);

        Assert.Equal(1, code);
        Assert.Contains($"{_site.Root}/codes.yaml:4:3: error: mã QR 'HT2K' đã dùng ở dòng 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_removed_since_the_last_publish_fails_validation()
    {
        _site.Write("codes.yaml", "- code: HT2K\n  target: phuong-quan-thanh/ho-tich\n  placement: Bảng\n");
        _site.Write("published.json", """{"codes":[{"code":"HT2K","kind":"board","unit":"phuong-quan-thanh","target":"phuong-quan-thanh/ho-tich","placement":"Bảng","path":"/phuong-quan-thanh/ho-tich/"},{"code":"7QXM","kind":"counter","unit":"phuong-quan-thanh","target":"phuong-quan-thanh/quay-1","placement":"Quầy","path":"/phuong-quan-thanh/gop-y/quay-1.html"}]}""");

        var (code, output, _) = await PublisherCli.RunAsync("validate", _site.Root, "--published", Path.Combine(_site.Root, "published.json"));

        Assert.Equal(1, code);
        Assert.Contains("error: mã QR '7QXM' đã được đăng nhưng nay không còn trong codes.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_registry_is_valid()
    {
        var (code, output, _) = await PublisherCli.RunAsync("validate", MotCua.TestSupport.RepositoryPaths.Site);

        Assert.True(code == 0, output);
        Assert.DoesNotContain("codes.yaml", output, StringComparison.Ordinal);
    }
}
