namespace MotCua.Infra.Tests.Docs;

public sealed class GitHubSlugsTests
{
    [Theory]
    [InlineData("Where is X?", "where-is-x")]
    [InlineData("Scans (`GET /s/{CODE}`, `GET /go/{CODE}`)", "scans-get-scode-get-gocode")]
    [InlineData("7. Đơn vị, lĩnh vực, quầy (unit.yaml)", "7-đơn-vị-lĩnh-vực-quầy-unityaml")]
    [InlineData("Merged offices (the 2025 reorganisation)", "merged-offices-the-2025-reorganisation")]
    public void A_heading_keeps_letters_digits_and_hyphens_in_lower_case_Vietnamese_included(string heading, string anchor) =>
        Assert.Equal(anchor, GitHubSlugs.Slug(heading));

    [Fact]
    public void A_repeated_heading_is_numbered_from_1()
    {
        var slugs = new GitHubSlugs();

        Assert.Equal(["verbs", "verbs-1", "verbs-2"], new[] { "Verbs", "Verbs", "Verbs" }.Select(slugs.Next));
    }
}
