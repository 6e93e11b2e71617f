using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using MotCua.Handler.Tests.Hosting;
using MotCua.Handler.Tests.Scan;
using MotCua.Handler.Tests.Site;
using MotCua.Publisher.Publishing;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Merger;

/// <summary>
/// The sample site as published (every page, the notice pages and codes.json), scanned with every printed code of
/// the two offices merged on 1 July 2025: after that day each answers 200 with its successor's page, before it its
/// old page, and each scan is stored against the code that was printed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MergedCodeScanTests : IAsyncLifetime
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Mobile Safari/537.36";
    private static readonly DateTimeOffset AfterMerger = TestClock.Now;
    private static readonly DateTimeOffset DayBeforeMerger = new(2025, 6, 30, 3, 0, 0, TimeSpan.Zero);

    private readonly AzuriteFixture _azurite;
    private readonly string _container = UniqueNames.Container("web-merger");
    private Dictionary<string, string> _pages = null!;
    private ResolvedCodes _codes = null!;

    public MergedCodeScanTests(AzuriteFixture azurite) => _azurite = azurite;

    public async Task InitializeAsync()
    {
        var (site, _) = SiteLoader.Load(RepositoryPaths.Site);
        var (registry, _) = CodeRegistryLoader.Load(RepositoryPaths.Site);
        _codes = CodeResolver.Resolve(registry, site);
        var built = new SiteFiles(site, registry).RenderAll("QR.EXAMPLE.VN").ToList();
        _pages = built.ToDictionary(p => p.BlobName, p => Encoding.UTF8.GetString(p.Bytes), StringComparer.Ordinal);
        var web = await WebSiteSeeder.ContainerAsync(_azurite.ConnectionString, _container);
        await Parallel.ForEachAsync(built, async (page, cancellationToken) =>
            await WebSiteSeeder.PutAsync(web, page.BlobName, page.Bytes, page.ContentType, cancellationToken));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private List<CodeEntry> OldCodes => [.. _codes.Codes.Where(c => c.SuccessorPath is not null)];

    [Fact]
    public async Task Every_code_of_the_merged_offices_answers_its_successors_page_after_the_merger()
    {
        await using var factory = Factory(AfterMerger);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.True(OldCodes.Count >= 60, $"only {OldCodes.Count} old codes");
        foreach (var code in OldCodes)
        {
            using var response = await ScanAsync(client, code.Code);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{code.Code} ({code.Target}): {(int)response.StatusCode}");
            Assert.True(_pages[SitePaths.BlobName(code.SuccessorPath!)] == await ResponseText.ReadAsync(response), $"{code.Code} ({code.Target}) did not answer {code.SuccessorPath}");
        }
    }

    [Theory]
    [InlineData("tp-cao-bang/ho-tich/dang-ky-khai-sinh", "/phuong-thuc-phan/ho-tich/dang-ky-khai-sinh.html")]
    [InlineData("tp-cao-bang/nuoi-con-nuoi/dang-ky-nuoi-con-nuoi-trong-nuoc", "/phuong-thuc-phan/ho-tich/dang-ky-nuoi-con-nuoi-trong-nuoc.html")]
    [InlineData("tp-cao-bang/nuoi-con-nuoi/ghi-vao-so-viec-nuoi-con-nuoi-nuoc-ngoai", "/phuong-thuc-phan/thu-tuc-cap-tinh/ghi-vao-so-viec-nuoi-con-nuoi-nuoc-ngoai.html")]
    [InlineData("tp-cao-bang/ho-tich", "/phuong-thuc-phan/ho-tich/")]
    [InlineData("tp-cao-bang/giao-thong", "/phuong-thuc-phan/thu-tuc-cap-tinh/")]
    [InlineData("tp-cao-bang/nong-nghiep", "/phuong-tan-giang/nong-nghiep/")]
    [InlineData("tp-cao-bang/giao-duc", "/tp-cao-bang/sap-nhap.html")]
    [InlineData("tp-cao-bang/quay-1", "/phuong-thuc-phan/gop-y/quay-1.html")]
    [InlineData("phuong-quan-thanh/ho-tich/dang-ky-khai-sinh", "/phuong-ba-dinh/ho-tich/dang-ky-khai-sinh.html")]
    [InlineData("phuong-quan-thanh/lao-dong-xa-hoi/xac-nhan-ho-gia-dinh-lam-nong-nghiep", "/phuong-ba-dinh/lao-dong-xa-hoi/")]
    public async Task A_held_back_old_code_lands_on_the_right_page_of_the_new_ward(string oldTarget, string expected)
    {
        var code = OldCodes.First(c => c.Target == oldTarget);
        await using var factory = Factory(AfterMerger);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await ScanAsync(client, code.Code.ToLowerInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_pages[SitePaths.BlobName(expected)], await ResponseText.ReadAsync(response));
    }

    [Fact]
    public async Task Before_the_merger_an_old_code_still_opens_its_old_page()
    {
        var code = OldCodes.First(c => c.Target == "tp-cao-bang/ho-tich/dang-ky-khai-sinh");
        await using var factory = Factory(DayBeforeMerger);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await ScanAsync(client, code.Code);

        Assert.Equal(_pages[SitePaths.BlobName(code.Path)], await ResponseText.ReadAsync(response));
    }

    [Fact]
    public async Task The_scan_is_stored_against_the_old_code_and_office()
    {
        var code = OldCodes.First(c => c.Target == "phuong-quan-thanh/ho-tich/dang-ky-khai-sinh");
        await using var factory = Factory(AfterMerger);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await ScanAsync(client, code.Code);
        var stored = await ScanTable.WaitForAsync(_azurite.ConnectionString, code.Code, 1);

        Assert.Contains(stored, e => e.GetString("Unit") == "phuong-quan-thanh" && e.GetString("Target") == code.Target && e.GetString("Placement") == code.Placement);
    }

    /// <summary>The app with its clock set: the merger's first day decides which page an old code opens.</summary>
    private HandlerFactory Factory(DateTimeOffset now)
    {
        var factory = new HandlerFactory { Clock = TestClock.Create(now) };
        factory.With("Storage:ConnectionString", _azurite.ConnectionString).With("Storage:WebContainer", _container);
        return factory;
    }

    private static async Task<HttpResponseMessage> ScanAsync(HttpClient client, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/" + code);
        request.Headers.TryAddWithoutValidation("User-Agent", Phone);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return await client.SendAsync(request);
    }
}
