using MotCua.TestSupport;

namespace MotCua.Infra.Tests.Docs;

/// <summary>The README stays a front page: short, and opening with the two commands CI also runs.</summary>
public sealed class ReadmeTests
{
    private const int MaxBytes = 10_240;

    private static readonly string Readme = Path.Combine(RepositoryPaths.Root, "README.md");

    [Fact]
    public void The_README_is_at_most_10_KB() =>
        Assert.InRange(new FileInfo(Readme).Length, 1, MaxBytes);

    [Fact]
    public void The_first_code_block_of_the_README_holds_the_run_and_test_commands()
    {
        var first = MarkdownFile.Read(Readme).FirstCodeBlock;

        Assert.NotNull(first);
        Assert.Contains("./run.sh", first, StringComparison.Ordinal);
        Assert.Contains("./test.sh", first, StringComparison.Ordinal);
    }
}
