using MotCua.TestSupport;

namespace MotCua.Infra.Tests.Docs;

public sealed class LinkTests
{
    [Fact]
    public void The_documentation_is_the_README_the_docs_folder_and_the_editors_guide_not_sheets_or_test_data()
    {
        var files = DocumentationFiles.All(RepositoryPaths.Root);

        Assert.Contains("README.md", files);
        Assert.Contains("site/HUONG-DAN.md", files);
        Assert.Contains("docs/architecture.md", files);
        Assert.DoesNotContain(files, f => f.StartsWith("site/units/", StringComparison.Ordinal) || f.StartsWith("tests/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_relative_link_of_the_documentation_reaches_a_file_and_heading_that_exist()
    {
        var broken = LinkChecker.Check(RepositoryPaths.Root, DocumentationFiles.All(RepositoryPaths.Root));

        Assert.True(broken.Count == 0, $"{broken.Count} broken link(s):\n{string.Join('\n', broken)}");
    }

    [Fact]
    public void A_missing_file_and_a_missing_heading_are_reported_with_their_line_and_web_links_are_not_checked()
    {
        var root = Directory.CreateTempSubdirectory("doc-links-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "docs"));
            File.WriteAllText(Path.Combine(root.FullName, "docs", "b.md"), "# Đơn vị, quầy (`unit.yaml`)\n");
            File.WriteAllText(Path.Combine(root.FullName, "a.md"), """
                # Start

                [ok](docs/b.md#đơn-vị-quầy-unityaml) [self](#start) [web](https://example.com/gone.md) [mail](mailto:a@example.com)
                [gone](docs/missing.md) [bad anchor](docs/b.md#nowhere)
                `[in code](nothing.md)` <img src="docs/missing.png" alt="">
                """);

            var broken = LinkChecker.Check(root.FullName, ["a.md"]);

            Assert.Equal(["4: docs/missing.md", "4: docs/b.md#nowhere", "5: docs/missing.png"], broken.Select(b => $"{b.Line}: {b.Url}"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
