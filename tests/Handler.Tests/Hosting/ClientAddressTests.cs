using System.Net;
using System.Text;
using MotCua.Handler.Hosting;
using MotCua.Handler.Tests.Survey;
using MotCua.TestSupport;
using MotCua.TestSupport.Surveys;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>
/// The citizen's address as Azure delivers it: Front Door puts the address its socket saw in <c>X-Azure-SocketIP</c>,
/// and the Functions host's proxy sets <c>X-Forwarded-For</c> to its own peer (Front Door). Seen through the survey's
/// limit of five answers a day per visitor and counter: honest phones behind Front Door must stay apart.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientAddressTests(AzuriteFixture azurite)
{
    private const int Answers = 6;

    [Fact]
    public async Task Behind_front_door_six_phones_are_six_visitors_and_one_phone_answering_six_times_is_one()
    {
        await using var site = await SurveyTestSite.StartAsync(azurite.ConnectionString, ("Forwarding:ClientAddressHeader", ForwardingOptions.FrontDoorSocketIp));

        var phones = await ReasonsAsync(site, i => $"113.161.{i}.20");
        var one = await ReasonsAsync(site, _ => "2402:800:62cd:d2df:cddf:bb7d:f3d7:7390");

        Assert.All(phones, r => Assert.Equal("", r));
        Assert.Equal(["", "", "", "", "", "rate"], one);
    }

    [Fact]
    public async Task Without_front_doors_header_read_every_phone_is_the_host_s_peer_and_a_forged_forwarded_for_changes_nothing()
    {
        await using var site = await SurveyTestSite.StartAsync(azurite.ConnectionString);

        var phones = await ReasonsAsync(site, i => $"113.161.{i}.20", forgedForwardedFor: true);

        Assert.Equal(["", "", "", "", "", "rate"], phones);
    }

    /// <summary>Six answers, each from the phone at <paramref name="address"/> as Front Door reports it; the misuse reason each was stored with.</summary>
    private static async Task<List<string?>> ReasonsAsync(SurveyTestSite site, Func<int, string> address, bool forgedForwardedFor = false)
    {
        var agent = "Mozilla/5.0 (Linux; Android 13; SM-A145F) Mobile Safari/537.36 " + Guid.NewGuid().ToString("N")[..8];
        var reasons = new List<string?>();
        for (var i = 0; i < Answers; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            var headers = new Dictionary<string, string>(StringComparer.Ordinal) { [ForwardingOptions.FrontDoorSocketIp] = address(i) };
            if (forgedForwardedFor)
            {
                headers["X-Forwarded-For"] = address(i);
            }

            using var response = await site.PostAsync(Encoding.ASCII.GetBytes(SurveySamples.Body(SurveySamples.Valid(clientId: id))), agent, headers: headers);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            reasons.Add(Assert.Single(await site.StoredWithClientIdAsync(id)).GetString("MisuseReason"));
        }

        return reasons;
    }
}
