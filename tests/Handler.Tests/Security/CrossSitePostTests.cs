using System.Net;
using MotCua.Data.Surveys;
using MotCua.Handler.Tests.Survey;
using MotCua.TestSupport;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Security;

/// <summary>
/// Another website makes its visitors' browsers post answers to our survey. Browsers say where a post came from
/// (Sec-Fetch-Site, or Origin where fetch metadata is missing); such a post is stored, so nothing is lost, but
/// flagged, so it is never counted.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrossSitePostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SurveyTestSite _site = null!;

    public async Task InitializeAsync() => _site = await SurveyTestSite.StartAsync(azurite.ConnectionString, ("Site:Host", "QR.CAOBANG.GOV.VN"));

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public static TheoryData<string, string, string> Forged => new()
    {
        { "Sec-Fetch-Site", "cross-site", "" },
        { "Origin", "https://evil.example", "" },
        { "Origin", "null", "" },
        { "Origin", "https://qr.caobang.gov.vn.evil.example", "" },
        { "Sec-Fetch-Site", "cross-site", "https://qr.caobang.gov.vn" },
    };

    public static TheoryData<string, string> Genuine => new()
    {
        { "Sec-Fetch-Site", "same-origin" },
        { "Sec-Fetch-Site", "none" },
        { "Origin", "https://qr.caobang.gov.vn" },
        { "Origin", "https://QR.CAOBANG.GOV.VN" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task A_post_from_another_site_is_stored_flagged_and_thanked_like_any(string header, string value, string origin)
    {
        var headers = new Dictionary<string, string> { [header] = value };
        if (origin.Length > 0)
        {
            headers["Origin"] = origin;
        }

        var row = await PostAsync(headers);

        Assert.Equal(HttpStatusCode.SeeOther, row.Status);
        Assert.True(row.Stored.GetBoolean("Misuse"));
        Assert.Equal(SurveyRecord.MisuseCrossSite, row.Stored.GetString("MisuseReason"));
    }

    [Theory]
    [MemberData(nameof(Genuine))]
    public async Task A_post_from_our_own_page_or_from_no_page_at_all_is_counted(string header, string value)
    {
        var row = await PostAsync(header.Length == 0 ? [] : new Dictionary<string, string> { [header] = value });

        Assert.Equal(HttpStatusCode.SeeOther, row.Status);
        Assert.False(row.Stored.GetBoolean("Misuse"));
    }

    private async Task<(HttpStatusCode Status, Azure.Data.Tables.TableEntity Stored)> PostAsync(Dictionary<string, string> headers)
    {
        var id = Guid.NewGuid().ToString("N");
        using var response = await _site.PostAsync(SurveySamples.Bytes(SurveySamples.Valid(clientId: id)), "CrossSite/" + id, headers: headers);
        return (response.StatusCode, Assert.Single(await _site.StoredWithClientIdAsync(id)));
    }
}
