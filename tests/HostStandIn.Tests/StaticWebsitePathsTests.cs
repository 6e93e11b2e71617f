using MotCua.TestSupport;

namespace MotCua.HostStandIn.Tests;

/// <summary>The shared table (<see cref="StaticWebsiteTable"/>) through the stand-in's static website, its site in Azurite's <c>$web</c>.</summary>
public sealed class StaticWebsitePathsTests(StaticWebsitePathsTests.TableSiteApp site) : IClassFixture<StaticWebsitePathsTests.TableSiteApp>
{
    [Theory]
    [MemberData(nameof(StaticWebsiteTable.Requests), MemberType = typeof(StaticWebsiteTable))]
    public async Task A_request_gets_the_blob_azure_serves_or_the_404_document(string target, string outcome) =>
        await AssertAnswerAsync(target, outcome);

    [Theory]
    [MemberData(nameof(StaticWebsiteTable.PublishedPages), MemberType = typeof(StaticWebsiteTable))]
    public async Task A_published_page_is_served_at_its_site_path(string sitePath, string blob) =>
        await AssertAnswerAsync(sitePath, blob);

    private async Task AssertAnswerAsync(string target, string outcome)
    {
        var response = await RawHttp.GetAsync(site.App.BaseAddress, target);

        Assert.Equal(StaticWebsiteTable.Expected(outcome), (response.Status, response.Text));
    }

    /// <summary>The Functions app under the stand-in, its <c>$web</c> holding the table's site.</summary>
    public sealed class TableSiteApp : SeededApp
    {
        protected override async Task SeedWebsiteAsync(string connectionString)
        {
            var web = await WebSiteSeeder.ContainerAsync(connectionString, "$web");
            foreach (var blob in StaticWebsiteTable.Blobs)
            {
                await WebSiteSeeder.PutHtmlAsync(web, blob, StaticWebsiteTable.Body(blob));
            }
        }
    }
}
