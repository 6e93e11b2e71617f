using MotCua.Publisher.Preview;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Preview;

/// <summary>
/// The shared table (<see cref="StaticWebsiteTable"/>) through the editor's preview, its site as files in the output
/// folder: a link that works in the preview works in Azure, and one that fails there fails here too.
/// </summary>
public sealed class PreviewPathsTests(PreviewPathsTests.TableSiteServer site) : IClassFixture<PreviewPathsTests.TableSiteServer>
{
    [Theory]
    [MemberData(nameof(StaticWebsiteTable.Requests), MemberType = typeof(StaticWebsiteTable))]
    public async Task A_request_gets_the_file_azure_serves_or_the_404_document(string target, string outcome) =>
        await AssertAnswerAsync(target, outcome);

    [Theory]
    [MemberData(nameof(StaticWebsiteTable.PublishedPages), MemberType = typeof(StaticWebsiteTable))]
    public async Task A_published_page_is_served_at_its_site_path(string sitePath, string blob) =>
        await AssertAnswerAsync(sitePath, blob);

    private async Task AssertAnswerAsync(string target, string outcome)
    {
        var response = await RawHttp.GetAsync(site.Server.Address, target);

        var (status, body) = StaticWebsiteTable.Expected(outcome);
        Assert.Equal(status, response.Status);

        // An HTML page comes with the preview's reload script after the file's own content.
        Assert.StartsWith(body, response.Text, StringComparison.Ordinal);
    }

    /// <summary>The preview server over a folder holding the table's site, never rebuilt (its state: built, no errors).</summary>
    public sealed class TableSiteServer : IAsyncLifetime
    {
        private readonly string _out = Path.Combine(Path.GetTempPath(), "motcua-preview-paths-" + Guid.NewGuid().ToString("N")[..12]);
        private PreviewSite? _site;
        private PreviewServer? _server;

        public PreviewServer Server => _server ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync()
        {
            foreach (var blob in StaticWebsiteTable.Blobs)
            {
                var file = Path.Combine(_out, blob);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, StaticWebsiteTable.Body(blob));
            }

            _site = new PreviewSite(_out, _out, TestClock.Create());
            _server = await PreviewServer.StartAsync(_site, 0, CancellationToken.None);
        }

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            _site?.Dispose();
            Directory.Delete(_out, recursive: true);
        }
    }
}
