using MotCua.Domain.Sheets;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Sheets;

/// <summary>The shared table (<see cref="StaticWebsiteTable"/>) through the resolver alone, over the table's site as a set of names.</summary>
public sealed class StaticWebsitePathsTests
{
    private static readonly HashSet<string> Site = [.. StaticWebsiteTable.Blobs];

    private static string Answer(string target) => StaticWebsitePaths.Candidates(target) switch
    {
        [] => StaticWebsiteTable.Refused,
        var candidates => candidates.FirstOrDefault(Site.Contains) ?? StaticWebsiteTable.NotFound,
    };

    [Theory]
    [MemberData(nameof(StaticWebsiteTable.Requests), MemberType = typeof(StaticWebsiteTable))]
    public void A_request_finds_the_blob_azure_serves_or_none(string target, string outcome) =>
        Assert.Equal(outcome, Answer(target));

    [Theory]
    [MemberData(nameof(StaticWebsiteTable.PublishedPages), MemberType = typeof(StaticWebsiteTable))]
    public void A_published_page_is_uploaded_under_the_blob_a_request_for_its_path_finds_again(string sitePath, string blob)
    {
        Assert.Equal(blob, SitePaths.BlobName(sitePath));
        Assert.Equal(blob, Answer(sitePath));
    }
}
